using Microsoft.AspNetCore.Identity;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Membership.Decisions;

internal static class MemberDecisions
{
    /// <summary>Makes a pending member active with the member role, and raises `MemberApproved`, in one
    /// transaction. Through the user manager, which saves the status, the role row and the event together and
    /// checks the member's concurrency stamp, so a concurrent decision on the same member fails instead of doubling.</summary>
    public static async Task<IdentityResult> ApproveAsync(MembershipDbContext db, UserManager<Member> users, Member member,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        member.Status = MemberStatus.Active;
        member.DecidedAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddIntegrationEvent(new MemberApproved(Guid.CreateVersion7(now), now, member.Id, member.DisplayName, member.Email!,
            member.OrganisationName, member.Brin, member.Sector, member.Region, member.ConsentPartners,
            member.ConsentDirectory));
        var result = await users.AddToRoleAsync(member, NetwerkRoles.Member);
        if (result.Succeeded) await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
