using Netwerk.ServiceDefaults.Http;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Security;
using Netwerk.Web.Api;
using Netwerk.Web.Components;
using Netwerk.Web.Documents;
using Netwerk.Web.Inbox;
using Netwerk.Web.Profile;
using Netwerk.Web.SignIn;

namespace Netwerk.Web;

internal static class Extensions
{
    /// <summary>Every page of the web app may load its own stylesheet, images and one script file, open its own live
    /// stream, post its forms to itself, and nothing else: no inline script, no other origin. The pages are
    /// server-rendered and work without the script; it adds an upload's progress and the live inbox.</summary>
    public static readonly ContentSecurityPolicy PagePolicy = new(
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'");

    public static void AddWebApp(this IHostApplicationBuilder builder)
    {
        builder.AddNetwerkRedis();
        builder.AddRedisDataProtectionKeys("web");
        builder.AddMemberSignIn();
        builder.AddGatewayApi();
        // Sharing a document posts its file here first; the gateway holds every other page's form to its small limit.
        // The upload pages take up to twice the largest upload (as the gateway lets them), so that a file over the
        // limit is read with its form and refused at its field in Dutch, the rest of the form kept.
        var pageUploads = 2 * UploadLimits.BodyBytes(builder.Configuration);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = pageUploads);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = pageUploads);
        builder.Services.AddSingleton<UploadSize>();
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
    }

    public static void UseWebApp(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        // A page that fails shows the Dutch error page, never a stack trace; an unknown path the Dutch 404 page. A rate
        // limit met on the way keeps its status: the error page then says when to try again.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/fout",
            CreateScopeForErrors = true,
            StatusCodeSelector = failure => failure.CauseOf<RateLimitedException>() is null
                ? StatusCodes.Status500InternalServerError : StatusCodes.Status429TooManyRequests,
        });
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDefaultEndpoints();
        app.MapStaticAssets();
        app.MapSignInEndpoints();
        app.MapDocumentDownloads();
        app.MapLiveInbox();
        app.MapExportDownload();
        app.MapRazorComponents<App>().WithMetadata(PagePolicy);
    }
}
