using System.Security.Claims;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Documents.Members;

/// <summary>Who is asking, as far as seeing documents goes: anonymous, a member (with the name and time their token
/// gives), or a moderator (who sees and may change every document).</summary>
internal sealed record Reader(Guid? MemberId, string DisplayName, DateTimeOffset NameAsOf, bool IsModerator)
{
    public bool IsMember => MemberId is not null;

    public static Reader From(ClaimsPrincipal user)
    {
        var roles = NetwerkClaims.Roles(user).ToHashSet();
        var id = NetwerkClaims.MemberId(user);
        if (!roles.Overlaps(NetwerkRoles.All) || id == Guid.Empty)
        {
            return new Reader(null, "", DateTimeOffset.MinValue, false);
        }
        return new Reader(id, NetwerkClaims.DisplayName(user), NetwerkClaims.IssuedAt(user),
            roles.Contains(NetwerkRoles.Moderator) || roles.Contains(NetwerkRoles.Admin));
    }

    /// <summary>The name the token gives, dated by its issue time, as this service's copy of the member.</summary>
    public KnownMember ToKnownMember() => new() { MemberId = MemberId!.Value, DisplayName = DisplayName, AsOf = NameAsOf };

    public bool MayChange(Guid? authorId) => IsModerator || (MemberId is { } id && authorId == id);

    /// <summary>Whether changing <paramref name="authorId"/>'s document is moderation (someone else's), which the audit
    /// log keeps, rather than an author keeping their own up to date.</summary>
    public bool Moderates(Guid? authorId) => IsModerator && authorId != MemberId;
}
