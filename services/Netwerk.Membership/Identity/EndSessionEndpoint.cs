using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

/// <summary>`GET|POST /connect/endsession`: signs the member of the browser that asks out everywhere they are signed in
/// through membership (the sign-in cookie of every browser, every refresh and access token), then back to the client's
/// registered `post_logout_redirect_uri`. Who is signed out is the browser's own session, never the member an
/// `id_token_hint` names: an id token appears in the address of every sign-out, so anyone who saw one could otherwise
/// sign its member out from anywhere. The hint only spares the question: a request without one, or with one for
/// another member than the browser's, could come from any site (an image on a page signing visitors out), so it goes
/// to the sign-out page first, whose button posts back here with an antiforgery token. A browser without a session
/// has nothing to end and goes straight on.</summary>
internal static class EndSessionEndpoint
{
    public static void MapEndSessionEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], EndAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> EndAsync(HttpContext context, UserManager<Member> users, MemberSessions sessions, IAntiforgery antiforgery)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict request is missing.");
        // OpenIddict has refused a request whose id_token_hint it did not issue; one without a hint has no principal.
        var hint = string.IsNullOrEmpty(request.IdTokenHint) ? null
            : (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var member = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        var confirmed = HttpMethods.IsPost(context.Request.Method) && await antiforgery.IsRequestValidAsync(context);
        var asked = confirmed || (member is null ? hint is not null : hint?.GetClaim(Claims.Subject) == member.Id.ToString());
        if (!asked)
        {
            return Results.Redirect("/account/uitloggen" + QueryString.Create(RequestParameters.Of(context.Request)).Value);
        }

        if (member is not null)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            await sessions.EndAllAsync(member, context.RequestAborted);
        }

        // OpenIddict sends the browser to the client's post_logout_redirect_uri when it is registered, else here.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/uitgelogd" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
