using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using OpenIddict.Abstractions;

namespace Netwerk.Membership.Privacy;

internal static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder routes) =>
        routes.MapDelete("/api/members/me", LeaveAsync)
            .WithTags("Privacy")
            .WithName("LeaveNetwork")
            .WithSummary("Leave the network: personal data is erased here and, through MemberErased, everywhere; tokens stop working at once.")
            .RequireAuthorization(NetwerkPolicies.Member);

    private static async Task<Results<NoContent, NotFound>> LeaveAsync(
        ClaimsPrincipal user, UserManager<Member> users, MembershipDbContext db, IOpenIddictTokenManager tokens,
        RevokedSubjects revoked, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subject = user.FindFirstValue(NetwerkPolicies.SubjectClaim) ?? "";
        var member = await users.FindByIdAsync(subject);
        if (member is null || member.Status == MemberStatus.Erased) return TypedResults.NotFound();

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await MemberErasure.EraseAsync(db, member, clock.GetUtcNow(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // Membership checks its token entries on every request; the other services ask Redis.
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
        await revoked.RevokeAsync(subject);
        return TypedResults.NoContent();
    }
}
