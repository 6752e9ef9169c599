namespace Netwerk.Contracts.Discussions;

/// <summary>A moderator closed a duplicate (<paramref name="DuplicateId"/>), pointing to the original; its votes and
/// followers moved there, and its voters are told.</summary>
public sealed record ThreadsMerged(Guid EventId, DateTimeOffset OccurredAt, Guid DuplicateId, string DuplicateTitle, ThreadDetails Original,
    IReadOnlyList<Guid> VoterIds) : IIntegrationEvent;
