using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>The authorization policies every service applies to its endpoints, defined once.</summary>
public static class NetwerkPolicies
{
    public const string Member = "member";
    public const string Moderator = "moderator";
    public const string Admin = "admin";
    /// <summary>Partners with client credentials and the `webhooks` scope.</summary>
    public const string Webhooks = "webhooks";
    /// <summary>What the network shares with its partners as well as its members (the needs summary).</summary>
    public const string MemberOrPartner = "member-or-partner";

    public const string RoleClaim = "role";
    public const string ScopeClaim = "scope";
    public const string SubjectClaim = "sub";

    public static void AddNetwerkPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Member, policy => policy.RequireClaim(RoleClaim, NetwerkRoles.Member, NetwerkRoles.Moderator, NetwerkRoles.Admin));
        options.AddPolicy(Moderator, policy => policy.RequireClaim(RoleClaim, NetwerkRoles.Moderator, NetwerkRoles.Admin));
        options.AddPolicy(Admin, policy => policy.RequireClaim(RoleClaim, NetwerkRoles.Admin));
        options.AddPolicy(Webhooks, policy => policy.RequireAssertion(context => HasScope(context.User, Webhooks)));
        options.AddPolicy(MemberOrPartner, policy => policy.RequireAssertion(context => HasScope(context.User, Webhooks)
            || context.User.FindAll(RoleClaim).Any(c => c.Value is NetwerkRoles.Member or NetwerkRoles.Moderator or NetwerkRoles.Admin)));
    }

    /// <summary>Whether the token grants <paramref name="scope"/> (`scope` is space-separated, possibly in several claims).</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(ScopeClaim).SelectMany(c => c.Value.Split(' ')).Contains(scope);
}
