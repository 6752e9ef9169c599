using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Audit;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Membership.Privacy;

/// <summary>What leaving the network does to the member's row: every personal datum goes, the id stays (as a
/// tombstone, so nobody can be re-identified and events about the id still make sense).</summary>
internal static class MemberErasure
{
    public const string ErasedDisplayName = "Voormalig lid";

    public static async Task EraseAsync(MembershipDbContext db, Member member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tombstone = $"erased-{member.Id:N}@erased.invalid";
        member.Status = MemberStatus.Erased;
        member.UserName = member.Email = tombstone;
        member.NormalizedUserName = member.NormalizedEmail = tombstone.ToUpperInvariant();
        member.EmailConfirmed = false;
        member.PasswordHash = null;
        member.PhoneNumber = null;
        member.SecurityStamp = Guid.NewGuid().ToString("N");
        member.DisplayName = ErasedDisplayName;
        member.OrganisationName = "";
        member.Brin = null;
        member.JobTitle = "";
        member.Region = null;
        member.RejectionReason = null;
        member.ConsentDirectory = member.ConsentPartners = false;

        await db.UserRoles.Where(r => r.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await db.GroupMemberships.Where(g => g.MemberId == member.Id).ExecuteDeleteAsync(cancellationToken);
        // A new address waiting for confirmation is personal data too; and no link may act for a tombstone.
        await db.AccountLinks.Where(l => l.MemberId == member.Id).ExecuteDeleteAsync(cancellationToken);
        await AuditEntryErasure.EraseAsync(db, member.Id, ErasedDisplayName, cancellationToken);
        db.AddIntegrationEvent(new MemberErased(Guid.CreateVersion7(now), now, member.Id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
