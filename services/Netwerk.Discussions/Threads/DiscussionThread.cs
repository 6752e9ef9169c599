using NpgsqlTypes;

namespace Netwerk.Discussions.Threads;

/// <summary>A question, discussion or need: network-wide, or of one working group (then only its members and
/// moderators see it). The body is Markdown, rendered once to sanitised HTML. Its search vector is the database's
/// (a stored generated column over title, body and replies, see <see cref="DiscussionThreadConfiguration"/>).</summary>
public sealed class DiscussionThread
{
    public required Guid Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string BodyHtml { get; set; }
    public List<string> Tags { get; set; } = [];
    /// <summary>One of <see cref="Netwerk.Contracts.Themes"/>, shared with the documents.</summary>
    public string? Theme { get; set; }
    public Guid? GroupId { get; init; }
    /// <summary>The documents and network events the thread is about (<see cref="Links.ThreadLinks"/>), in the author's order.</summary>
    public List<Guid> DocumentIds { get; set; } = [];
    public List<Guid> EventIds { get; set; } = [];
    /// <summary>The sector (`po`, `vo`) of the author's school when it was posted, for the needs summary; it stays when the
    /// author leaves.</summary>
    public string? Sector { get; init; }
    /// <summary>Null once the author left the network ("oud-lid").</summary>
    public Guid? AuthorId { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset LastActivityAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public Guid? AcceptedReplyId { get; set; }
    public int ReplyCount { get; set; }
    public int VoteCount { get; set; }
    /// <summary>A need's step (<see cref="NeedStatus"/>) and the public note that came with it; null for other kinds.</summary>
    public string? Status { get; set; }
    public string? StatusNote { get; set; }
    /// <summary>A locked thread takes no replies.</summary>
    public bool Locked { get; set; }
    /// <summary>A duplicate closed by a moderator, pointing to the original.</summary>
    public Guid? MergedIntoId { get; set; }
    /// <summary>Hidden by a moderator or by three members' reports, until a moderator decides; only moderators and the
    /// author still see it.</summary>
    public DateTimeOffset? HiddenAt { get; set; }
    /// <summary>Deleted by its author or a moderator: gone from every list, search and page.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
    /// <summary>Grows with every change of title, body, tags or theme: the ETag for If-Match.</summary>
    public int Version { get; set; } = 1;
    /// <summary>The replies' bodies one after the other, for search only (bounded: the newest replies count most).</summary>
    public string RepliesText { get; set; } = "";
    public NpgsqlTsVector SearchVector { get; private set; } = null!;
}
