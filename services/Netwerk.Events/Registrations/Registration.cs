namespace Netwerk.Events.Registrations;

/// <summary>A member's place at a network event: a confirmed seat or a place on the waiting list. One row per member
/// and event; registering again after cancelling reuses it, at the back of the queue.</summary>
public sealed class Registration
{
    public required Guid Id { get; init; }
    public required Guid NetworkEventId { get; init; }
    /// <summary>Null once the member left the network: the row still counts, it no longer says who.</summary>
    public Guid? MemberId { get; set; }
    public required string Status { get; set; }
    /// <summary>Arrival order within the event; the waiting list is served in this order.</summary>
    public long QueueNumber { get; set; }
    public required DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? PromotedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
}
