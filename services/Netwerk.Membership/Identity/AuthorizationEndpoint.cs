using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;
using Netwerk.Membership.Members;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static Netwerk.Membership.Identity.OpenIddictRefusal;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

/// <summary>`GET|POST /connect/authorize`, the start of the authorization code flow. OpenIddict has already checked
/// the client, its exact redirect URI, the scopes and the PKCE challenge (S256 only); this decides the rest: a
/// visitor without a session goes to the sign-in page and comes back here, a member of a third-party client who has
/// not consented to these scopes goes to the consent page, and only an active member ever gets a code.</summary>
internal static class AuthorizationEndpoint
{
    /// <summary>Added by the consent page when the member declined; the client then hears `access_denied`.</summary>
    public const string ConsentDeclinedParameter = "netwerk_consent";

    public static void MapAuthorizationEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context,
        UserManager<Member> users,
        IOpenIddictApplicationManager applications,
        IOpenIddictAuthorizationManager authorizations,
        TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request is missing.");

        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var member = session.Succeeded ? await users.GetUserAsync(session.Principal!) : null;
        if (member is null || request.HasPromptValue(PromptValues.Login) && !SignedInJustNow(session, clock))
        {
            if (request.HasPromptValue(PromptValues.None)) return Refuse(Errors.LoginRequired, "The member is not signed in.");
            // Back here after signing in, without `prompt=login`, so the member is not sent round again.
            return Results.Challenge(new AuthenticationProperties { RedirectUri = "/connect/authorize" + RequestAsQuery(context, keepLoginPrompt: false) },
                [IdentityConstants.ApplicationScheme]);
        }
        if (member.Status != MemberStatus.Active)
        {
            // Only an active member was let in at the sign-in page; this one was rejected or left since.
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Refuse(Errors.AccessDenied, "This member may not sign in.");
        }

        if (request[ConsentDeclinedParameter]?.ToString() == "declined")
        {
            return Refuse(Errors.AccessDenied, "The member declined to share their account with this application.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!)
            ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
        var subject = member.Id.ToString();
        var applicationId = await applications.GetIdAsync(application);
        var scopes = request.GetScopes();
        var granted = await FirstAsync(authorizations.FindAsync(subject, applicationId, Statuses.Valid, AuthorizationTypes.Permanent, scopes));

        if (granted is null && await applications.GetConsentTypeAsync(application) == ConsentTypes.Explicit)
        {
            if (request.HasPromptValue(PromptValues.None)) return Refuse(Errors.ConsentRequired, "The member has not consented yet.");
            return Results.Redirect("/account/toestemming" + RequestAsQuery(context, keepLoginPrompt: true));
        }

        var principal = MemberPrincipal.Create(member, await users.GetRolesAsync(member), scopes);
        // One permanent authorization per member, client and scopes: the consent given (or implied for Netwerk's own
        // clients), to which the codes and tokens belong.
        granted ??= await authorizations.CreateAsync(principal, subject, applicationId!, AuthorizationTypes.Permanent, scopes);
        principal.SetAuthorizationId(await authorizations.GetIdAsync(granted));
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>`prompt=login` asks for a fresh sign-in; one in the last minute counts as that.</summary>
    private static bool SignedInJustNow(AuthenticateResult session, TimeProvider clock) =>
        session.Properties?.IssuedUtc is { } issued && clock.GetUtcNow() - issued < TimeSpan.FromMinutes(1);

    /// <summary>The request's parameters (from the query or, for a POST, the form) as a query string, to come back
    /// with as a GET. Without `prompt=login` once the member has signed in, or they would be sent round again.</summary>
    private static string RequestAsQuery(HttpContext context, bool keepLoginPrompt)
    {
        return QueryString.Create(RequestParameters.Of(context.Request).Select(p => p.Key == OpenIddictConstants.Parameters.Prompt && !keepLoginPrompt
                ? new KeyValuePair<string, StringValues>(p.Key, string.Join(' ', p.Value.ToString().Split(' ').Where(v => v != PromptValues.Login)))
                : p)
            .Where(p => !StringValues.IsNullOrEmpty(p.Value) && p.Value.ToString().Length > 0)).Value ?? "";
    }

    private static async Task<object?> FirstAsync(IAsyncEnumerable<object> items)
    {
        await foreach (var item in items) return item;
        return null;
    }
}
