namespace Netwerk.Documents.Library;

/// <summary>Where a version's text extraction stands: it runs in the background, after the upload has answered.</summary>
public static class ExtractionState
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
    /// <summary>A type without text to search (an image).</summary>
    public const string NotApplicable = "none";
}
