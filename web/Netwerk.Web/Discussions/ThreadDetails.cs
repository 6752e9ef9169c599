namespace Netwerk.Web.Discussions;

/// <summary>A thread with its replies (`GET /api/discussions/{id}`). The HTML fields are the service's sanitised
/// rendering of the Markdown.</summary>
public sealed record ThreadDetails(Guid Id, string Kind, string Title, string BodyHtml, IReadOnlyList<string> Tags, string? Theme, Guid? GroupId,
    Guid? AuthorId, string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, int ReplyCount, int VoteCount, bool Voted, bool Following,
    Guid? AcceptedReplyId, string? Status, string? StatusNote, IReadOnlyList<StatusStep> StatusHistory, bool Locked, bool Hidden, Guid? MergedIntoId,
    IReadOnlyList<ReplyDetails> Replies, IReadOnlyList<LinkedDocument>? Documents = null, IReadOnlyList<LinkedEvent>? Events = null);

/// <summary>A document or network event the thread is about, with its title as the discussions service keeps it.</summary>
public sealed record LinkedDocument(Guid Id, string Title);

public sealed record LinkedEvent(Guid Id, string Title, DateTimeOffset StartsAt, string TimeZone, bool Cancelled);

public sealed record ReplyDetails(Guid Id, Guid? AuthorId, string AuthorName, string BodyHtml, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt,
    bool Accepted, int HelpfulCount, bool MarkedHelpful, bool Hidden);

public sealed record StatusStep(string Status, string Note, DateTimeOffset ChangedAt);
