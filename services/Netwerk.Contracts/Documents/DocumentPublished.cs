namespace Netwerk.Contracts.Documents;

/// <summary>A member shared a new document.</summary>
public sealed record DocumentPublished(Guid EventId, DateTimeOffset OccurredAt, DocumentDetails Document) : IIntegrationEvent;
