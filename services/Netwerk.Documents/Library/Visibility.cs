namespace Netwerk.Documents.Library;

/// <summary>Who may see a document (API.md): anyone, every member, or the members of one working group.</summary>
public static class Visibility
{
    public const string Public = "public";
    public const string Members = "members";
    public const string Group = "group";

    public static readonly IReadOnlyList<string> All = [Public, Members, Group];
}
