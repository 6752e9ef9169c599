namespace Netwerk.Discussions.Threads;

/// <summary>The steps a need goes through (API.md): new → under-review → planned → done | declined. A moderator may
/// take any step, also back (a plan can fall through); each comes with a public note.</summary>
public static class NeedStatus
{
    public const string New = "new";
    public const string UnderReview = "under-review";
    public const string Planned = "planned";
    public const string Done = "done";
    public const string Declined = "declined";

    public static readonly IReadOnlyList<string> All = [New, UnderReview, Planned, Done, Declined];
}
