namespace Netwerk.Contracts.Documents;

/// <summary>A new version of a document was uploaded, with the author's note about what changed.</summary>
public sealed record DocumentVersionAdded(Guid EventId, DateTimeOffset OccurredAt, DocumentDetails Document, string? Note) : IIntegrationEvent;
