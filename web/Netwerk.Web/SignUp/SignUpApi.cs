using Netwerk.Web.Api;

namespace Netwerk.Web.SignUp;

/// <summary>A visitor's registration (`POST api/members/registrations`), which an administrator then decides.</summary>
public sealed class SignUpApi(GatewayApi api)
{
    public Task<ApiResult<ApiDone>> RegisterAsync(object request) => api.PostAsync("api/members/registrations", request);
}
