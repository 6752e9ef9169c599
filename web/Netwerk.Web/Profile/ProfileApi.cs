using Netwerk.Web.Api;

namespace Netwerk.Web.Profile;

/// <summary>The signed-in member's own account (`api/members/me`): the profile, its changes, leaving the network.</summary>
public sealed class ProfileApi(GatewayApi api)
{
    public Task<ApiResult<OwnProfile>> OwnAsync() => api.GetAsync<OwnProfile>("api/members/me");

    public Task<ApiResult<OwnProfile>> ChangeAsync(object change, string etag) =>
        api.SendJsonAsync<OwnProfile>(HttpMethod.Patch, "api/members/me", change, etag);

    public Task<ApiResult<ApiDone>> LeaveAsync() => api.DeleteAsync("api/members/me");
}
