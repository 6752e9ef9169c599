namespace Netwerk.Contracts.Documents;

/// <summary>A document was removed: it left lists and search.</summary>
public sealed record DocumentDeleted(Guid EventId, DateTimeOffset OccurredAt, DocumentDetails Document) : IIntegrationEvent;
