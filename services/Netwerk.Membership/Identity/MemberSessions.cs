using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using OpenIddict.Abstractions;

namespace Netwerk.Membership.Identity;

/// <summary>Ends a member's sessions everywhere at once: after a password reset or change, a sign-out, leaving.</summary>
public sealed class MemberSessions(
    UserManager<Member> users,
    IOpenIddictTokenManager tokens,
    RevokedSubjects revoked,
    IConfiguration configuration)
{
    /// <summary>A new security stamp ends every sign-in cookie (checked on each request) and every refresh (the
    /// token endpoint compares stamps); then the tokens themselves stop.</summary>
    public async Task EndAllAsync(Member member, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(member);
        await RevokeTokensAsync(member.Id, cancellationToken);
    }

    /// <summary>Refresh tokens and codes stop at once (their entries are revoked), and access tokens too: membership
    /// checks their entries, the other services and the gateway ask Redis (the revocation mirror).</summary>
    public async Task RevokeTokensAsync(Guid memberId, CancellationToken cancellationToken)
    {
        // The subject of the member's tokens (MemberPrincipal), which the revocations are keyed by.
        var subject = memberId.ToString();
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await revoked.RevokeAsync(subject, IdentitySetup.AccessTokenLifetime(configuration));
    }
}
