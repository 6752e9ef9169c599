namespace Netwerk.Discussions.Replies;

/// <summary>A reply in a thread, Markdown rendered once to sanitised HTML.</summary>
public sealed class Reply
{
    public required Guid Id { get; init; }
    public required Guid ThreadId { get; init; }
    /// <summary>The reply this one answers, in the same thread.</summary>
    public Guid? ReplyToId { get; init; }
    /// <summary>Null once the author left the network ("oud-lid").</summary>
    public Guid? AuthorId { get; set; }
    public required string Body { get; set; }
    public required string BodyHtml { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; set; }
    /// <summary>Members who marked it helpful (<see cref="HelpfulMark"/>).</summary>
    public int HelpfulCount { get; set; }
    /// <summary>Hidden by a moderator or by three members' reports, until a moderator decides.</summary>
    public DateTimeOffset? HiddenAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
