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

    /// <summary>The threads this participant may see: the network's, and those of their groups (all, for a moderator);
    /// never a deleted one, and a hidden one only as its author or a moderator.</summary>
    public IQueryable<Threads.DiscussionThread> Visible(DiscussionsDbContext db) => IsModerator
        ? db.Threads.Where(t => t.DeletedAt == null)
        : db.Threads.Where(t => t.DeletedAt == null && (t.HiddenAt == null || t.AuthorId == MemberId)
            && (t.GroupId == null || db.GroupMembers.Any(m => m.GroupId == t.GroupId && m.MemberId == MemberId)));

    /// <summary>What lists and search show of <see cref="Visible"/>: not a duplicate that was merged away, nor a hidden
    /// thread (moderators find those in the reports).</summary>
    public IQueryable<Threads.DiscussionThread> Listed(DiscussionsDbContext db) => Visible(db).Where(t => t.MergedIntoId == null && t.HiddenAt == null);

    /// <summary>Whether the participant may change or delete what <paramref name="authorId"/> wrote.</summary>
    public bool MayEdit(Guid? authorId) => IsModerator || (authorId is { } author && author == MemberId);

    /// <summary>Whether changing what <paramref name="authorId"/> wrote is moderation (someone else's post), which the
    /// audit log keeps, rather than a member editing their own.</summary>
    public bool Moderates(Guid? authorId) => IsModerator && authorId != MemberId;

    /// <summary>The name the token gives, dated by its issue time, as this service's copy of the member.</summary>
    public KnownMember ToKnownMember() => new() { MemberId = MemberId, DisplayName = DisplayName, AsOf = NameAsOf };
}
