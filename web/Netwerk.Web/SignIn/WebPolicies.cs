using System.Security.Claims;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Web.SignIn;

/// <summary>Who may open which page. Roles nest as in the API (an admin may do all a moderator may); the services
/// check again on every call, so these only spare a member a page of refusals.</summary>
public static class WebPolicies
{
    public const string Moderator = "web-moderator";
    public const string Admin = "web-admin";

    private static readonly string[] ModeratorRoles = [NetwerkRoles.Moderator, NetwerkRoles.Admin];

    public static void AddWebPolicies(this IServiceCollection services) => services.AddAuthorizationBuilder()
        .AddPolicy(Moderator, policy => policy.RequireRole(ModeratorRoles))
        .AddPolicy(Admin, policy => policy.RequireRole(NetwerkRoles.Admin));

    /// <summary>The same as the policies, for a page that shows more to moderators (a document's edit forms, the
    /// header's *Beheer* link) without refusing anyone.</summary>
    public static bool IsModerator(ClaimsPrincipal user) => ModeratorRoles.Any(user.IsInRole);

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(NetwerkRoles.Admin);
}
