namespace Netwerk.Documents.Library;

internal static class DocumentEtag
{
    /// <summary>The metadata's ETag for If-Match (the content has its own: the SHA-256 of its bytes).</summary>
    public static string Of(Document document) => $"\"r{document.Revision}\"";
}
