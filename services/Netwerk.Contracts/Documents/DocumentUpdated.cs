namespace Netwerk.Contracts.Documents;

/// <summary>A document's title, description, tags, theme or visibility changed; <paramref name="Document"/> holds the new
/// values and <paramref name="PreviousVisibility"/> the old one (a document that stops being public is news to partners).</summary>
public sealed record DocumentUpdated(Guid EventId, DateTimeOffset OccurredAt, DocumentDetails Document, string PreviousVisibility) : IIntegrationEvent;
