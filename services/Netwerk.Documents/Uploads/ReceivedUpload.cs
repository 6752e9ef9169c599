namespace Netwerk.Documents.Uploads;

/// <summary>A multipart request as received: its form fields, and its file in a temporary file with the SHA-256 and
/// size computed while it streamed in. Disposing deletes the temporary file.</summary>
internal sealed class ReceivedUpload(Dictionary<string, List<string>> fields) : IDisposable
{
    public Dictionary<string, List<string>> Fields { get; } = fields;
    public string? TemporaryFile { get; set; }
    public string FileName { get; set; } = "";
    public string? DeclaredContentType { get; set; }
    public string Hash { get; set; } = "";
    public long Size { get; set; }

    public string? Field(string name) => Fields.TryGetValue(name, out var values) ? values.LastOrDefault() : null;

    public IReadOnlyList<string> FieldValues(string name) => Fields.TryGetValue(name, out var values) ? values : [];

    public void Dispose()
    {
        if (TemporaryFile is not null) File.Delete(TemporaryFile);
    }
}
