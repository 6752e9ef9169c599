namespace Netwerk.Contracts.Groups;

/// <summary>A member joined a working group.</summary>
public sealed record GroupMemberJoined(Guid EventId, DateTimeOffset OccurredAt, Guid GroupId, Guid MemberId) : IIntegrationEvent;
