using Netwerk.ServiceDefaults.Http;
using Netwerk.ServiceDefaults.Security;
using Netwerk.Web.Api;
using Netwerk.Web.Components;
using Netwerk.Web.SignIn;

namespace Netwerk.Web;

internal static class Extensions
{
    /// <summary>Every page of the web app may load its own stylesheet and images, post its forms to itself, and nothing
    /// else: no script runs (the pages are server-rendered and work without one).</summary>
    public static readonly ContentSecurityPolicy PagePolicy = new(
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");

    public static void AddWebApp(this IHostApplicationBuilder builder)
    {
        builder.AddNetwerkRedis();
        builder.AddRedisDataProtectionKeys("web");
        builder.AddMemberSignIn();
        builder.AddGatewayApi();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
    }

    public static void UseWebApp(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        // A page that fails shows the Dutch error page, never a stack trace; an unknown path the Dutch 404 page.
        app.UseExceptionHandler("/fout", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/niet-gevonden", createScopeForStatusCodePages: true);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDefaultEndpoints();
        app.MapStaticAssets();
        app.MapSignInEndpoints();
        app.MapRazorComponents<App>().WithMetadata(PagePolicy);
    }
}
