using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.Web.Api;

namespace Netwerk.Web.SignIn;

/// <summary>A request whose access token the API refused (<see cref="SessionEndedException"/>): the session here ends
/// and the member signs in again, back to the page they asked for. A browser still signed in at membership (the one
/// that changed its own password) passes through the sign-in without a form and keeps going with new tokens; any
/// other meets membership's sign-in page. A session that this sent round and that is refused again straight away is
/// not sent round once more (that would be a loop): it gets the Dutch error page, which says so, with status 401.</summary>
internal sealed class EndedSession(TimeProvider clock, ILogger<EndedSession> logger) : IExceptionHandler
{
    /// <summary>Marks a session that began with signing in again after one was refused.</summary>
    public const string RenewedItem = "netwerk:renewed";
    /// <summary>A renewed session younger than this that is refused came straight from that sign-in.</summary>
    private static readonly TimeSpan JustStarted = TimeSpan.FromSeconds(30);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception.CauseOf<SessionEndedException>() is null) return false;

        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (session.Properties is { IssuedUtc: { } issued } properties && properties.Items.ContainsKey(RenewedItem)
            && clock.GetUtcNow() - issued < JustStarted)
        {
            return false;
        }

        logger.LogInformation("A member's session ended: the API refused its access token");
        // The page asked for (the handler runs with the request's path already set to the error page's). A form's
        // input cannot be carried through a sign-in; its page can.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value;
        var page = context.Request.PathBase + path + (HttpMethods.IsGet(context.Request.Method) ? context.Request.QueryString.Value : "");
        context.Response.Redirect($"{SignInEndpoints.SignInPath}?terug={Uri.EscapeDataString(page)}&opnieuw=1");
        return true;
    }
}
