using System.Security.Claims;
using Netwerk.Discussions.Data;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Discussions.Members;

/// <summary>Who is asking: a member (with the name and time their token gives) who may be a moderator, who sees every
/// group's threads and may accept any question's answer.</summary>
internal sealed record Participant(Guid MemberId, string DisplayName, DateTimeOffset NameAsOf, bool IsModerator)
{
    public static Participant From(ClaimsPrincipal user)
    {
        var roles = NetwerkClaims.Roles(user).ToHashSet();
        return new Participant(NetwerkClaims.MemberId(user), NetwerkClaims.DisplayName(user), NetwerkClaims.IssuedAt(user),
            roles.Contains(NetwerkRoles.Moderator) || roles.Contains(NetwerkRoles.Admin));
    }

    /// <summary>The threads this participant may see: the network's, and those of their groups (all, for a moderator).</summary>
    public IQueryable<Threads.DiscussionThread> Visible(DiscussionsDbContext db) => IsModerator
        ? db.Threads
        : db.Threads.Where(t => t.GroupId == null || db.GroupMembers.Any(m => m.GroupId == t.GroupId && m.MemberId == MemberId));

    /// <summary>The name the token gives, dated by its issue time, as this service's copy of the member.</summary>
    public KnownMember ToKnownMember() => new() { MemberId = MemberId, DisplayName = DisplayName, AsOf = NameAsOf };
}
