using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Netwerk.Documents.Tests.Search;

/// <summary>Full-text search in Dutch over title, tags, description and the text inside the files.</summary>
public sealed class SearchTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    [Fact]
    public async Task Searching_school_afspraak_finds_a_document_about_afspraken_op_scholen()
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var id = (await fixture.PublishTextAsync(member, "Hoe maak je goede afspraken met leveranciers?",
            DocumentsFixture.Fields(title: "Afspraken op scholen over telefoongebruik"))).Id();

        var found = await fixture.Anonymous().IdsAsync("/api/documents?q=school%20afspraak");

        Assert.Contains(id, found);
    }

    [Theory]
    [InlineData("q=school%00afspraak")]
    [InlineData("tag=%00")]
    public async Task A_search_with_a_NUL_character_is_a_400_not_a_crash(string query)
    {
        var response = await fixture.Anonymous().GetAsync($"/api/documents?{query}");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_title_weighs_more_than_the_text_and_the_snippet_marks_the_words()
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var inText = (await fixture.PublishTextAsync(member, "Dit gaat over het leerlingvolgsysteem en verder nergens over.",
            DocumentsFixture.Fields(title: "Notulen van de teamvergadering"))).Id();
        var inTitle = (await fixture.PublishTextAsync(member, "Een algemene tekst zonder het zoekwoord.",
            DocumentsFixture.Fields(title: "Handleiding leerlingvolgsysteem"))).Id();
        await fixture.WaitForExtractionAsync();

        var results = (await (await fixture.Anonymous().GetAsync("/api/documents?q=leerlingvolgsystemen")).JsonAsync())
            .GetProperty("items").EnumerateArray().ToList();

        Assert.Equal([inTitle, inText], results.Select(r => r.Id()).Where(id => id == inTitle || id == inText).ToList());
        var snippet = results.Single(r => r.Id() == inText).GetProperty("snippet").GetString();
        Assert.Contains("<mark>leerlingvolgsysteem</mark>", snippet);
    }

    [Fact]
    public async Task A_quoted_phrase_finds_the_words_together_and_not_apart()
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var together = (await fixture.PublishTextAsync(member, "Wij werken aan passend onderwijs voor elke leerling.")).Id();
        var apart = (await fixture.PublishTextAsync(member, "Het onderwijs is hier passend geregeld.")).Id();
        await fixture.WaitForExtractionAsync();

        var found = await fixture.Anonymous().IdsAsync("/api/documents?q=%22passend%20onderwijs%22&limit=100");

        Assert.Contains(together, found);
        Assert.DoesNotContain(apart, found);
    }

    [Fact]
    public async Task Text_inside_a_pdf_is_found_after_extraction()
    {
        var word = $"privacyreglement{Guid.NewGuid():N}"[..26];
        var pdf = Pdf($"Het {word} van de stichting geldt voor alle scholen.");

        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), pdf, "reglement.pdf", "application/pdf");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).Id();
        await fixture.WaitForExtractionAsync();

        Assert.Contains(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={word}"));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("pptx")]
    public async Task Text_inside_an_excel_sheet_or_a_presentation_is_found_after_extraction(string kind)
    {
        var inCell = $"leerlingaantallen{Guid.NewGuid():N}"[..26];
        var inNotes = $"spreekpunten{Guid.NewGuid():N}"[..22];
        var (bytes, contentType) = kind == "xlsx"
            ? (OfficeFiles.Xlsx("Overzicht", "Schooljaar 2026", $"De {inCell} per locatie", inNotes),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : (OfficeFiles.Pptx($"Vergeet de {inNotes} niet.", "Regiobijeenkomst", $"De {inCell} stijgen"),
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");

        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), bytes, $"overzicht.{kind}", contentType);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).Id();
        await fixture.WaitForExtractionAsync();

        Assert.Contains(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={inCell}"));
        Assert.Contains(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={inNotes}"));
    }

    [Fact]
    public async Task Text_inside_a_docx_is_found_after_extraction()
    {
        var word = $"verwerkersovereenkomst{Guid.NewGuid():N}"[..30];
        var docx = Docx("Inleiding", $"De {word} wordt jaarlijks herzien.");

        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), docx, "overeenkomst.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).Id();
        await fixture.WaitForExtractionAsync();

        Assert.Contains(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={word}"));
        var metadata = await (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).JsonAsync();
        Assert.Equal("done", metadata.GetProperty("versions")[0].GetProperty("textExtraction").GetString());
    }

    [Fact]
    public async Task Text_inside_an_odt_is_found_after_extraction()
    {
        var word = $"leerlingdossier{Guid.NewGuid():N}"[..24];

        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), Odt($"Het {word} bevat de verslagen."), "verslag.odt",
            "application/vnd.oasis.opendocument.text");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).Id();
        await fixture.WaitForExtractionAsync();

        Assert.Contains(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={word}"));
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_tag_theme_and_author()
    {
        var author = Guid.NewGuid();
        var tagged = (await fixture.PublishTextAsync(fixture.AsMember(author), "tekst",
            DocumentsFixture.Fields(theme: "privacy", tags: ["avg", "Checklist"]))).Id();
        var other = (await fixture.PublishTextAsync(fixture.AsMember(Guid.NewGuid()), "tekst", DocumentsFixture.Fields(theme: "data"))).Id();

        var byTag = await fixture.Anonymous().IdsAsync("/api/documents?tag=checklist&limit=100");
        var byTheme = await fixture.Anonymous().IdsAsync("/api/documents?theme=privacy&limit=100");
        var byAuthor = await fixture.Anonymous().IdsAsync($"/api/documents?authorId={author}");

        Assert.Contains(tagged, byTag);
        Assert.DoesNotContain(other, byTag);
        Assert.Contains(tagged, byTheme);
        Assert.DoesNotContain(other, byTheme);
        Assert.Equal([tagged], byAuthor);
    }

    private static byte[] Pdf(string text) => Netwerk.Testing.TestPdf.With(text);

    /// <summary>The smallest OpenDocument text: the uncompressed `mimetype` entry first, then content.xml.</summary>
    private static byte[] Odt(string paragraph)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = new StreamWriter(zip.CreateEntry("mimetype", System.IO.Compression.CompressionLevel.NoCompression).Open()))
            {
                mimetype.Write("application/vnd.oasis.opendocument.text");
            }
            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write($"""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                  <office:body><office:text><text:h>Verslag</text:h><text:p>{paragraph}</text:p></office:text></office:body>
                </office:document-content>
                """);
        }
        return stream.ToArray();
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }
        return stream.ToArray();
    }
}
