namespace Netwerk.Events.Scheduling;

/// <summary>A meeting of the network: a congress, a regional meeting, a working group's webinar. Times are stored in
/// UTC and shown in <see cref="TimeZone"/>. The seat counters live on this row, so that the row lock taken by every
/// registration change is also what keeps them exact.</summary>
public sealed class NetworkEvent
{
    public required Guid Id { get; init; }
    public required string Title { get; set; }
    /// <summary>Markdown as the moderator wrote it.</summary>
    public required string Description { get; set; }
    /// <summary>The description rendered and sanitised once, when it is written.</summary>
    public required string DescriptionHtml { get; set; }
    public required DateTimeOffset StartsAt { get; set; }
    public required DateTimeOffset EndsAt { get; set; }
    /// <summary>IANA time zone id, such as Europe/Amsterdam.</summary>
    public required string TimeZone { get; set; }
    public string? Location { get; set; }
    public string? OnlineUrl { get; set; }
    /// <summary>Seats; null when anyone may come.</summary>
    public int? Capacity { get; set; }
    /// <summary>When registration closes; null closes it when the event starts.</summary>
    public DateTimeOffset? RegistrationClosesAt { get; set; }
    public Guid? GroupId { get; set; }
    public required string Status { get; set; }
    /// <summary>Grows with every change: the iCalendar SEQUENCE, and the ETag for If-Match.</summary>
    public int Sequence { get; set; }
    public int ConfirmedCount { get; set; }
    public int WaitlistCount { get; set; }
    public int CheckedInCount { get; set; }
    /// <summary>The next number handed to a registration: arrival order, and so the waiting list's order.</summary>
    public long NextQueueNumber { get; set; } = 1;
    public required Guid CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }

    public bool IsCancelled => Status == NetworkEventStatus.Cancelled;

    public DateTimeOffset EffectiveClosingTime => RegistrationClosesAt is { } closes && closes < StartsAt ? closes : StartsAt;

    public bool HasFreeSeat => Capacity is null || ConfirmedCount < Capacity;
}
