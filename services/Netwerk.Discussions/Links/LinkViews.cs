namespace Netwerk.Discussions.Links;

/// <summary>A document a thread is about, with its title as the documents service last announced it.</summary>
public sealed record LinkedDocumentView(Guid Id, string Title);

/// <summary>A network event a thread is about: its title and start (UTC, shown in <see cref="TimeZone"/>), and whether it
/// was cancelled since.</summary>
public sealed record LinkedEventView(Guid Id, string Title, DateTimeOffset StartsAt, string TimeZone, bool Cancelled);
