namespace Netwerk.Contracts.Discussions;

/// <summary>A member reported a thread or reply (<paramref name="ReplyId"/>); moderators are told.
/// <paramref name="Hidden"/>: this report was the third and hid it.</summary>
public sealed record ContentReported(Guid EventId, DateTimeOffset OccurredAt, Guid ThreadId, string ThreadTitle, Guid? ReplyId, string Reason,
    bool Hidden) : IIntegrationEvent;
