namespace Netwerk.Contracts.Groups;

/// <summary>A member left a working group.</summary>
public sealed record GroupMemberLeft(Guid EventId, DateTimeOffset OccurredAt, Guid GroupId, Guid MemberId) : IIntegrationEvent;
