using System.Security.Claims;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Events.Members;

/// <summary>The signed-in member as their access token describes them; the token's issue time dates the name.</summary>
internal sealed record Caller(Guid Id, string DisplayName, DateTimeOffset NameAsOf)
{
    public static Caller From(ClaimsPrincipal user) => new(NetwerkClaims.MemberId(user), NetwerkClaims.DisplayName(user), NetwerkClaims.IssuedAt(user));

    /// <summary>The name the token gives, as this service's copy of the member.</summary>
    public KnownMember ToKnownMember() => new() { MemberId = Id, DisplayName = DisplayName, AsOf = NameAsOf };
}
