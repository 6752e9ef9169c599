namespace Netwerk.Discussions.Threads;

/// <summary>A thread in a list: what it is, who asked, how it stands; with a search, its rank and a snippet whose only
/// markup is `<mark>`.</summary>
public sealed record ThreadSummary(Guid Id, string Kind, string Title, Guid? GroupId, Guid? AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, int ReplyCount, int VoteCount, bool Answered, double? Rank = null, string? Snippet = null);

/// <summary>A reply as the thread shows it.</summary>
public sealed record ReplyView(Guid Id, Guid? AuthorId, string AuthorName, string Body, string BodyHtml, DateTimeOffset CreatedAt, bool Accepted);

/// <summary>`GET /api/discussions/{id}`: the thread, the caller's vote, and its replies: for a question the accepted
/// answer first, then the others oldest first.</summary>
public sealed record ThreadView(Guid Id, string Kind, string Title, string Body, string BodyHtml, Guid? GroupId, Guid? AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, int ReplyCount, int VoteCount, bool Voted, Guid? AcceptedReplyId,
    IReadOnlyList<ReplyView> Replies);
