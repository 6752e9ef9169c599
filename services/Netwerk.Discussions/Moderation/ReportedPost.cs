namespace Netwerk.Discussions.Moderation;

/// <summary>A post in the moderators' queue: the thread (and reply) reported, an excerpt, whether it is hidden, how
/// many members reported it and why, since when. Reporters' names are not shown: a report is not a quarrel.</summary>
public sealed record ReportedPost(Guid ThreadId, string ThreadTitle, Guid? ReplyId, string Excerpt, bool Hidden, int ReportCount,
    IReadOnlyList<string> Reasons, DateTimeOffset FirstReportedAt);
