namespace Netwerk.Web.Discussions;

/// <summary>A thread in a list or search result (`GET /api/discussions`); <c>Snippet</c> marks the words found.</summary>
public sealed record ThreadLine(Guid Id, string Kind, string Title, IReadOnlyList<string> Tags, string? Theme, Guid? GroupId, Guid? AuthorId,
    string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, int ReplyCount, int VoteCount, bool Answered, string? Status,
    bool Locked, string? Snippet);

/// <summary>A thread like the one being written (`GET /api/discussions/similar`).</summary>
public sealed record SimilarThread(Guid Id, string Kind, string Title, int ReplyCount, int VoteCount, bool Answered, string? Status);

/// <summary>A post in the moderators' queue (`GET /api/discussions/reports`).</summary>
public sealed record ReportedPost(Guid ThreadId, string ThreadTitle, Guid? ReplyId, string Excerpt, bool Hidden, int ReportCount,
    IReadOnlyList<string> Reasons, DateTimeOffset FirstReportedAt);
