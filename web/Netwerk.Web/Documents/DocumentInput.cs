using Netwerk.Web.Forms;

namespace Netwerk.Web.Documents;

/// <summary>A document's describing fields as the forms post them (new document, edit); tags as one line, split at
/// commas.</summary>
public sealed class DocumentInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Tags { get; set; }
    public string? Theme { get; set; }
    public string? Visibility { get; set; } = "members";
    public Guid? GroupId { get; set; }
    /// <summary>For a new version: what changed.</summary>
    public string? Note { get; set; }

    public IReadOnlyList<string> TagList => (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static DocumentInput From(DocumentDetails document) => new()
    {
        Title = document.Title,
        Description = document.Description,
        Tags = string.Join(", ", document.Tags),
        Theme = document.Theme,
        Visibility = document.Visibility,
        GroupId = document.GroupId,
    };

    /// <summary>The PATCH body (`PATCH /api/documents/{id}`).</summary>
    public object ToChange() => new
    {
        title = Title,
        description = Description ?? "",
        tags = TagList,
        theme = string.IsNullOrEmpty(Theme) ? null : Theme,
        visibility = Visibility,
        groupId = Visibility == "group" ? GroupId : null,
    };

    /// <summary>The multipart body of a new document (`POST /api/documents`), the file streamed as it came.</summary>
    public MultipartFormDataContent ToUpload(IFormFile file)
    {
        var content = WithFile(file);
        content.Add(new StringContent(Title ?? ""), "title");
        content.Add(new StringContent(Description ?? ""), "description");
        foreach (var tag in TagList) content.Add(new StringContent(tag), "tags");
        if (!string.IsNullOrEmpty(Theme)) content.Add(new StringContent(Theme), "theme");
        content.Add(new StringContent(Visibility ?? ""), "visibility");
        if (Visibility == "group" && GroupId is { } group) content.Add(new StringContent(group.ToString()), "groupId");
        return content;
    }

    /// <summary>The multipart body of a new version (`POST /api/documents/{id}/versions`).</summary>
    public MultipartFormDataContent ToVersion(IFormFile file)
    {
        var content = WithFile(file);
        if (!string.IsNullOrWhiteSpace(Note)) content.Add(new StringContent(Note), "note");
        return content;
    }

    /// <summary>A multipart body whose part `file` streams the file as the browser sent it, with its type.</summary>
    private static MultipartFormDataContent WithFile(IFormFile file)
    {
        var bytes = new StreamContent(file.OpenReadStream());
        bytes.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new("application/octet-stream");
        // A control character (a NUL) cannot go in a header; documents makes the name safe to show, this only sends it.
        var name = new string(file.FileName.Where(c => !char.IsControl(c)).ToArray());
        return new MultipartFormDataContent { { bytes, "file", name.Length > 0 ? name : "document" } };
    }

    /// <summary>The file a form posted in its field `file`; null when none was chosen (or it is empty).</summary>
    public static IFormFile? PostedFile(HttpContext context) =>
        context.Request.HasFormContentType && context.Request.Form.Files.GetFile("file") is { Length: > 0 } file ? file : null;

    /// <summary>A refused upload: a size or type refusal (no field named) is the file field's message, anything else
    /// the fields' own.</summary>
    public static FormErrors UploadErrors(Netwerk.Web.Api.ApiFailure failure, string action) =>
        failure.HasFieldErrors || FileMessage(failure.Status) is not { } message
            ? FormErrors.From(failure, action, Messages)
            : FormErrors.None.Add("file", message, failure.ActionMessage(action));

    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["file"] = "Kies een bestand: PDF, Word, Excel, PowerPoint, OpenDocument, tekst of een afbeelding, tot 50 MB.",
        ["title"] = "Geef het document een titel van 3 tot 200 tekens.",
        ["description"] = "De beschrijving is ten hoogste 4000 tekens.",
        ["tags"] = "Ten hoogste 20 trefwoorden, elk ten hoogste 40 tekens, gescheiden door komma's.",
        ["theme"] = "Kies een van de thema's.",
        ["visibility"] = "Kies wie het document mag zien.",
        ["groupId"] = "Kies de werkgroep die het document mag zien; alleen bij 'Alleen de werkgroep'.",
        ["note"] = "De toelichting is ten hoogste 1000 tekens.",
    };

    /// <summary>The Dutch message for a refused upload, whose reason (size, type) is in the status, not in a field.</summary>
    private static string? FileMessage(int status) => status switch
    {
        415 => "Dit soort bestand nemen we niet op, of de inhoud past niet bij de bestandsnaam. Kies een PDF, Office-, OpenDocument-, tekst- of afbeeldingsbestand.",
        400 => "Het bestand is leeg of kon niet worden gelezen.",
        _ => null,
    };
}
