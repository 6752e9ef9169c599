using Netwerk.ServiceDefaults.Http;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Security;
using Netwerk.Web.Api;
using Netwerk.Web.Components;
using Netwerk.Web.Discussions;
using Netwerk.Web.Documents;
using Netwerk.Web.Errors;
using Netwerk.Web.Inbox;
using Netwerk.Web.Profile;
using Netwerk.Web.SignIn;

namespace Netwerk.Web;

internal static class Extensions
{
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
        builder.Services.AddExceptionHandler<EndedSession>();
        builder.Services.AddAntiforgery(options => options.Cookie.Harden(builder.Environment));
        builder.Services.AddRazorComponents();
        builder.Services.AddCascadingAuthenticationState();
    }

    public static void UseWebApp(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        // A page that fails shows the Dutch error page, never a stack trace; an unknown path the Dutch 404 page. A rate
        // limit met on the way keeps its status: the error page then says when to try again. A session the API
        // refused ends, and the member signs in again (EndedSession).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/fout",
            CreateScopeForErrors = true,
            StatusCodeSelector = failure =>
                failure.CauseOf<RateLimitedException>() is not null ? StatusCodes.Status429TooManyRequests
                : failure.CauseOf<SessionEndedException>() is not null ? StatusCodes.Status401Unauthorized
                : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMiddleware<PlainRefusals>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapDefaultEndpoints();
        app.MapStaticAssets();
        app.MapSignInEndpoints();
        app.MapDocumentDownloads();
        app.MapLiveInbox();
        app.MapSimilarThreads();
        app.MapExportDownload();
        app.MapRazorComponents<App>().WithMetadata(ContentSecurityPolicy.WebAppPage);
    }
}
