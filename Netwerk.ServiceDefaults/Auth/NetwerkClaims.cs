using System.Security.Claims;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>What membership's access tokens say about a member beyond their id and roles, read the same way everywhere.</summary>
public static class NetwerkClaims
{
    public const int MaximumDisplayName = 200;

    /// <summary>The member's name as the token was issued with it (Dutch fallback: members read it).</summary>
    public static string DisplayName(ClaimsPrincipal user)
    {
        var name = user.FindFirstValue("name") is { Length: > 0 } given ? given : "Lid van het netwerk";
        return name.Length > MaximumDisplayName ? name[..MaximumDisplayName] : name;
    }

    /// <summary>When the token was issued (`iat`): how current its name is, against names learned from events.</summary>
    public static DateTimeOffset IssuedAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue("iat"), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;

    /// <summary>The member's id (`sub`); <see cref="Guid.Empty"/> for a token without one, which matches nobody.</summary>
    public static Guid MemberId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(NetwerkPolicies.SubjectClaim), out var id) ? id : Guid.Empty;

    /// <summary>The roles the token carries (`role`, one claim each).</summary>
    public static IReadOnlyList<string> Roles(ClaimsPrincipal user) => user.FindAll(NetwerkPolicies.RoleClaim).Select(c => c.Value).ToList();
}
