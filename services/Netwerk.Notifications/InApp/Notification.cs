namespace Netwerk.Notifications.InApp;

/// <summary>A message in a member's in-app inbox. Addressed to one member, or to everyone holding a role (new
/// registrations go to whoever administers the network at the time they look).</summary>
public sealed class Notification
{
    public required Guid Id { get; init; }
    public Guid? RecipientMemberId { get; init; }
    public string? RecipientRole { get; init; }
    /// <summary>The member the notification is about (a new registration), so it can go when they leave.</summary>
    public Guid? AboutMemberId { get; init; }
    public required string Category { get; init; }
    /// <summary>Dutch: members read it.</summary>
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? Link { get; init; }
    /// <summary>The integration event that caused it, for tracing a notification back to its origin.</summary>
    public required Guid SourceEventId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
}
