namespace Netwerk.Contracts.Groups;

/// <summary>A moderator (or the platform, for the three ambitions) created a working group.</summary>
public sealed record GroupCreated(Guid EventId, DateTimeOffset OccurredAt, Guid GroupId, string Name, string Description) : IIntegrationEvent;
