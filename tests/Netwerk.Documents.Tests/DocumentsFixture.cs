using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Netwerk.Documents.Data;
using Netwerk.Testing;

namespace Netwerk.Documents.Tests;

/// <summary>The documents service for one test class, with blobs in a folder of its own and a 1 MB upload limit (so
/// the limit is cheap to test; the rule is the same at 50 MB).</summary>
public sealed class DocumentsFixture() : ServiceFixture<DocumentsDbContext>("documents")
{
    public const long UploadLimit = 1024 * 1024;

    public string BlobFolder { get; } = Directory.CreateTempSubdirectory("netwerk-blobs-").FullName;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["BlobStorage:Folder"] = BlobFolder,
        ["Uploads:MaximumFileBytes"] = UploadLimit.ToString(),
    };

    /// <summary>POST /api/documents as the given client; <paramref name="fields"/> beyond a valid default set.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string? contentType = null,
        IEnumerable<(string Name, string Value)>? fields = null, string path = "/api/documents")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        if (contentType is not null) file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? Fields()) form.Add(new StringContent(value, Encoding.UTF8), name);
        return client.PostAsync(path, form);
    }

    public static IEnumerable<(string, string)> Fields(string title = "Afspraken over informatiebeveiliging", string visibility = "public",
        string? groupId = null, string? theme = "security", params string[] tags)
    {
        yield return ("title", title);
        yield return ("description", "Een voorbeeld voor scholen.");
        yield return ("visibility", visibility);
        if (theme is not null) yield return ("theme", theme);
        if (groupId is not null) yield return ("groupId", groupId);
        foreach (var tag in tags) yield return ("tags", tag);
    }

    /// <summary>Shares a text document and returns its metadata.</summary>
    public async Task<JsonElement> PublishTextAsync(HttpClient author, string text, IEnumerable<(string, string)>? fields = null, string fileName = "notitie.md")
    {
        var response = await UploadAsync(author, Encoding.UTF8.GetBytes(text), fileName, "text/markdown", fields);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"upload failed: {(int)response.StatusCode} {body}");
        return body;
    }

    public Task WaitForExtractionAsync() =>
        Eventually.ReturnsAsync(() => CountAsync("SELECT count(*) FROM document_versions WHERE extraction_state = 'pending'"), n => n == 0);
}
