using Netwerk.Discussions.Links;

namespace Netwerk.Discussions.Threads;

/// <summary>A thread in a list: what it is, who asked, how it stands; with a search, its rank and a snippet whose only
/// markup is `<mark>`.</summary>
public sealed record ThreadSummary(Guid Id, string Kind, string Title, IReadOnlyList<string> Tags, string? Theme, Guid? GroupId, Guid? AuthorId,
    string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, int ReplyCount, int VoteCount, bool Answered, string? Status,
    bool Locked, double? Rank = null, string? Snippet = null);

/// <summary>A reply as the thread shows it; <see cref="Hidden"/> ones only to moderators and their author.</summary>
public sealed record ReplyView(Guid Id, Guid? AuthorId, string AuthorName, string Body, string BodyHtml, DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt, bool Accepted, int HelpfulCount, bool MarkedHelpful, bool Hidden, Guid? ReplyToId);

/// <summary>One step of a need with its public note.</summary>
public sealed record StatusStepView(string Status, string Note, DateTimeOffset ChangedAt);

/// <summary>`GET /api/discussions/{id}`: the thread, the caller's vote and follow, a need's steps, the documents and events it is about (as far as the caller may see them), and its replies: for
/// a question the accepted answer first, then the others oldest first. <see cref="Version"/> is the ETag's value.</summary>
public sealed record ThreadView(Guid Id, string Kind, string Title, string Body, string BodyHtml, IReadOnlyList<string> Tags, string? Theme,
    Guid? GroupId, Guid? AuthorId, string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, DateTimeOffset? EditedAt,
    int ReplyCount, int VoteCount, bool Voted, bool Following, Guid? AcceptedReplyId, string? Status, string? StatusNote,
    IReadOnlyList<StatusStepView> StatusHistory, bool Locked, bool Hidden, Guid? MergedIntoId, int Version, IReadOnlyList<ReplyView> Replies,
    IReadOnlyList<LinkedDocumentView> Documents, IReadOnlyList<LinkedEventView> Events);
