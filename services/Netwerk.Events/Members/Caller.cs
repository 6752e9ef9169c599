using System.Security.Claims;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Events.Members;

/// <summary>The signed-in member as their access token describes them; the token's issue time dates the name.</summary>
internal sealed record Caller(Guid Id, string DisplayName, DateTimeOffset NameAsOf)
{
    public static Caller From(ClaimsPrincipal user)
    {
        var id = Guid.Parse(user.FindFirstValue(NetwerkPolicies.SubjectClaim)!);
        return new Caller(id, NetwerkClaims.DisplayName(user), NetwerkClaims.IssuedAt(user));
    }
}
