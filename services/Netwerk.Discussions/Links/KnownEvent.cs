using Netwerk.Messaging.Copies;

namespace Netwerk.Discussions.Links;

/// <summary>A network event as the events service announced it: its title and start for a thread that is about it. Events
/// are public, so every member may see the link; a cancelled one is still shown, marked as such.</summary>
public sealed class KnownEvent : IForeignCopy
{
    public required Guid Id { get; init; }
    public required string Title { get; set; }
    public required DateTimeOffset StartsAt { get; set; }
    public required string TimeZone { get; set; }
    public bool Cancelled { get; set; }
    public required DateTimeOffset AsOf { get; set; }
}
