namespace Netwerk.Web.Profile;

/// <summary>The roles as the API names them and a member reads them.</summary>
public static class RoleNames
{
    public static readonly IReadOnlyList<(string Value, string Text)> All = [("member", "Lid"), ("moderator", "Moderator"), ("admin", "Beheerder")];

    public static string Dutch(string role) => All.FirstOrDefault(r => r.Value == role).Text ?? role;
}
