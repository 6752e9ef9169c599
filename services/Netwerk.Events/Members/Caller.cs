using System.Security.Claims;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Events.Members;

/// <summary>The signed-in member as their access token describes them; the token's issue time dates the name.</summary>
internal sealed record Caller(Guid Id, string DisplayName, DateTimeOffset NameAsOf)
{
    public static Caller From(ClaimsPrincipal user)
    {
        var id = Guid.Parse(user.FindFirstValue(NetwerkPolicies.SubjectClaim)!);
        var name = user.FindFirstValue("name") is { Length: > 0 } given ? given : "Lid van het netwerk";
        var issuedAt = long.TryParse(user.FindFirstValue("iat"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;
        return new Caller(id, name.Length > 200 ? name[..200] : name, issuedAt);
    }
}
