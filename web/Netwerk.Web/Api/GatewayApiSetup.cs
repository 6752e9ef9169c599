using Netwerk.Web.SignIn;

namespace Netwerk.Web.Api;

internal static class GatewayApiSetup
{
    public static void AddGatewayApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddHttpClient(GatewayApiNames.Gateway, client => client.BaseAddress = MemberSignIn.GatewayAddress(builder.Configuration));
        builder.Services.AddScoped<GatewayApi>();
    }
}
