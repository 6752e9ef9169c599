using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.RateLimiting;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static Netwerk.Membership.Identity.OpenIddictRefusal;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

/// <summary>`POST /connect/token`. OpenIddict has already checked the client, grant type, scopes and (for codes) the
/// PKCE verifier and redirect URI; this decides who gets a token: members by password (active ones only), partners
/// by client credentials, and codes and refreshes while the member is still active and unchanged.</summary>
internal static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/connect/token", IssueAsync)
            .WithName("Token")
            .WithTags("Identity")
            .WithSummary("OAuth 2.0 token endpoint: authorization_code, password, client_credentials and refresh_token grants.")
            .AllowAnonymous()
            .ExcludeFromDescription();

    /// <summary>Each grant is limited by what it risks: a password grant as password guessing (per address and per
    /// account, in <see cref="PasswordCheck"/>); the others, whose client OpenIddict has authenticated and whose code
    /// or refresh token is single-use, per client and member (<see cref="RateLimits.Tokens"/>), so the web app may
    /// sign the whole network in at once.</summary>
    private static async Task<IResult> IssueAsync(HttpContext context, UserManager<Member> users, PasswordCheck passwords, RedisRateLimiter limiter)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request is missing.");

        if (request.IsPasswordGrantType()) return await PasswordAsync(context, request, users, passwords);
        if (request.IsClientCredentialsGrantType())
        {
            if (await limiter.RetryAfterAsync(RateLimits.Tokens, $"client:{request.ClientId}") is { } wait) return TooManyRequests.Answer(context, wait);
            return SignIn(MemberPrincipal.CreateForClient(request.ClientId!, request.GetScopes()));
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType()) return await RenewAsync(context, request, users, limiter);

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> PasswordAsync(HttpContext context, OpenIddictRequest request, UserManager<Member> users, PasswordCheck passwords)
    {
        var (outcome, member, wait) = await passwords.CheckAsync(context, request.Username, request.Password);
        switch (outcome)
        {
            case PasswordCheckOutcome.TooManyAttempts:
                return TooManyRequests.Answer(context, wait);
            case PasswordCheckOutcome.WrongCredentials:
                return WrongCredentials();
        }
        if (member!.Status != MemberStatus.Active) return NotActive(member.Status);
        return SignIn(MemberPrincipal.Create(member, await users.GetRolesAsync(member), request.GetScopes()));
    }

    /// <summary>A code or refresh token names the member it was issued for; the new tokens carry the member's
    /// current name, address and roles, and stay tied to the same authorization (the consent, the sign-in).</summary>
    private static async Task<IResult> RenewAsync(HttpContext context, OpenIddictRequest request, UserManager<Member> users, RedisRateLimiter limiter)
    {
        var previous = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (await limiter.RetryAfterAsync(RateLimits.Tokens, $"member:{request.ClientId}:{previous?.GetClaim(Claims.Subject)}") is { } wait)
        {
            return TooManyRequests.Answer(context, wait);
        }
        var member = previous?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (previous is null || member is null || member.Status != MemberStatus.Active
            || previous.GetClaim(MemberPrincipal.SecurityStampClaim) != member.SecurityStamp)
        {
            return Refuse(Errors.InvalidGrant, "This grant is no longer valid: the member signed out, changed the password or left. Sign in again.");
        }
        var principal = MemberPrincipal.Create(member, await users.GetRolesAsync(member), previous.GetScopes());
        principal.SetAuthorizationId(previous.GetAuthorizationId());
        return SignIn(principal);
    }

    private static IResult NotActive(MemberStatus status) => Refuse(Errors.InvalidGrant, status switch
    {
        MemberStatus.Pending => "Your registration is waiting for an administrator's approval.",
        MemberStatus.Rejected => "Your registration was not approved.",
        _ => "This account no longer exists.",
    });

    private static IResult WrongCredentials() => Refuse(Errors.InvalidGrant, "The e-mail address or password is not correct.");

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
