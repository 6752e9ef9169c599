namespace Netwerk.Discussions.Replies;

/// <summary>A reply in a thread, Markdown rendered once to sanitised HTML.</summary>
public sealed class Reply
{
    public required Guid Id { get; init; }
    public required Guid ThreadId { get; init; }
    /// <summary>Null once the author left the network ("oud-lid").</summary>
    public Guid? AuthorId { get; set; }
    public required string Body { get; set; }
    public required string BodyHtml { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
}
