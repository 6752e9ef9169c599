using Netwerk.Contracts.Groups;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Membership.Groups;

/// <summary>A member joins a working group: the membership and the event that tells the other services, saved
/// together by the caller.</summary>
internal static class GroupJoining
{
    public static void Add(MembershipDbContext db, Guid groupId, Guid memberId, DateTimeOffset now)
    {
        db.GroupMemberships.Add(new GroupMembership { GroupId = groupId, MemberId = memberId, JoinedAt = now });
        db.AddIntegrationEvent(new GroupMemberJoined(Guid.CreateVersion7(now), now, groupId, memberId));
    }
}
