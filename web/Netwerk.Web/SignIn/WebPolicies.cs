using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Web.SignIn;

/// <summary>Who may open which page. Roles nest as in the API (an admin may do all a moderator may); the services
/// check again on every call, so these only spare a member a page of refusals.</summary>
public static class WebPolicies
{
    public const string Moderator = "web-moderator";
    public const string Admin = "web-admin";

    public static void AddWebPolicies(this IServiceCollection services) => services.AddAuthorizationBuilder()
        .AddPolicy(Moderator, policy => policy.RequireRole(NetwerkRoles.Moderator, NetwerkRoles.Admin))
        .AddPolicy(Admin, policy => policy.RequireRole(NetwerkRoles.Admin));
}
