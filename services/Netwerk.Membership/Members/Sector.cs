namespace Netwerk.Membership.Members;

/// <summary>The school sectors of the network, as they appear in the API: "po", "vo" and "po-vo".</summary>
public static class Sector
{
    public const string Primary = "po";
    public const string Secondary = "vo";
    public const string Both = "po-vo";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Primary, Secondary, Both };
}
