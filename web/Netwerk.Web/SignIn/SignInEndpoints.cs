using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Web.SignIn;

/// <summary>`/inloggen` starts the code flow (back to where the member was, if that is a page of ours);
/// `POST /uitloggen` (a form with an antiforgery token) ends the session here and at membership.</summary>
internal static class SignInEndpoints
{
    /// <summary>Where a sign-in that could not finish ends: a Dutch page with the way to start again.</summary>
    public const string FailedPath = "/inloggen/mislukt";
    public const string SignInPath = "/inloggen";

    public static void MapSignInEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(SignInPath, (string? terug, string? opnieuw, HttpContext context) =>
        {
            var session = new AuthenticationProperties { RedirectUri = LocalPath.OrElse(terug, "/") };
            // Kept in the new session's ticket: EndedSession tells a refused session from one that was just renewed.
            if (opnieuw == "1") session.Items[EndedSession.RenewedItem] = "1";
            return Results.Challenge(session, [OpenIdConnectDefaults.AuthenticationScheme]);
        });

        routes.MapPost("/uitloggen", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                // The antiforgery middleware only records a failure; an endpoint that binds no form must look itself.
                if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
            })
            .DisableAntiforgery();
    }
}
