namespace Netwerk.Contracts.Discussions;

/// <summary>A moderator moved a need to its next step with a public note; <paramref name="VoterIds"/> are told.</summary>
public sealed record NeedStatusChanged(Guid EventId, DateTimeOffset OccurredAt, ThreadDetails Thread, string Status, string Note, int VoteCount,
    IReadOnlyList<Guid> VoterIds) : IIntegrationEvent;
