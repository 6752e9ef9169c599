namespace Netwerk.Contracts.Members;

/// <summary>A member left the network: every service deletes or anonymises what it holds on them. The id only.</summary>
public sealed record MemberErased(Guid EventId, DateTimeOffset OccurredAt, Guid MemberId) : IIntegrationEvent;
