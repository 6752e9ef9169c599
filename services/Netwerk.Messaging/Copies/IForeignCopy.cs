namespace Netwerk.Messaging.Copies;

/// <summary>A row a service keeps as its copy of another service's data (a member's name, a group's membership), learned
/// from integration events. Events arrive in any order (EVENTS.md), so each row remembers how current it is.</summary>
public interface IForeignCopy
{
    /// <summary>When the source said what the row holds: the event's <c>OccurredAt</c>, or the issue time of the token it
    /// came from. A newer copy replaces the row; an older one changes nothing.</summary>
    DateTimeOffset AsOf { get; }
}
