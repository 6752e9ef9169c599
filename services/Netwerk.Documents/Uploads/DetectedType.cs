namespace Netwerk.Documents.Uploads;

/// <summary>What the bytes of an upload are, by their own evidence: the content type to serve them with, and whether
/// there is text in them to extract for search.</summary>
public sealed record DetectedType(string ContentType, bool HasText);
