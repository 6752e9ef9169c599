namespace Netwerk.ServiceDefaults.Auth;

/// <summary>Roles nest (API.md): an admin may do all a moderator may, a moderator all a member may.</summary>
public static class NetwerkRoles
{
    public const string Member = "member";
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Member, Moderator, Admin];
}
