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
    public Guid? GroupId { get; init; }
    /// <summary>Null once the author left the network ("oud-lid").</summary>
    public Guid? AuthorId { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset LastActivityAt { get; set; }
    public Guid? AcceptedReplyId { get; set; }
    public int ReplyCount { get; set; }
    public int VoteCount { get; set; }
    /// <summary>The replies' bodies one after the other, for search only (bounded: the newest replies count most).</summary>
    public string RepliesText { get; set; } = "";
    public NpgsqlTsVector SearchVector { get; private set; } = null!;
}
