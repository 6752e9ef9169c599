using System.Net;
using System.Text;

namespace Netwerk.Documents.Tests.Uploads;

/// <summary>What may be uploaded: the size limit (413), types judged by their bytes (415), the fields (400).</summary>
public sealed class UploadTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var before = await fixture.CountAsync("SELECT count(*) FROM documents");

        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), new byte[DocumentsFixture.UploadLimit + 1], "groot.txt", "text/plain");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task A_file_at_the_limit_is_accepted()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', (int)DocumentsFixture.UploadLimit));

        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), bytes, "precies.txt", "text/plain");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static TheoryData<string, byte[], string?> Refused => new()
    {
        { "a Windows program", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], "application/pdf" },
        { "a Linux program", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0], null },
        { "a script", Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /\n"), "text/plain" },
        { "unknown binary", [0x00, 0x13, 0x37, 0xC0, 0xFF, 0xEE, 0x00, 0x01], "application/octet-stream" },
        { "a ZIP that is no Office file", [(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0], "application/zip" },
        { "a PNG declared as PDF", Png, "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Content_that_is_not_an_accepted_type_is_refused_with_415(string kind, byte[] bytes, string? declared)
    {
        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), bytes, $"{kind}.pdf", declared);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_image_is_accepted_by_its_bytes_and_its_name_says_what_it_is()
    {
        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), Png, "schema.bin", "application/octet-stream");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var version = (await response.JsonAsync()).GetProperty("versions")[0];
        Assert.Equal("image/png", version.GetProperty("contentType").GetString());
        Assert.Equal("schema.bin.png", version.GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("Jaarplanning.bat")]
    [InlineData("Handleiding.pdf.vbs")]
    [InlineData("rooster.hta")]
    [InlineData("update.ps1")]
    [InlineData("x.svg")]
    [InlineData("verslag\u202Efdp.exe")]
    public async Task A_name_that_would_run_as_a_program_or_page_is_refused_whatever_the_bytes(string name)
    {
        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), Encoding.UTF8.GetBytes("echo hallo"), name, "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("This file name is not accepted.", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("verslag\u202Egnp.png", "verslaggnp.png")]              // a right-to-left override would show it as "verslagpng.png"
    [InlineData("..\\..\\Windows\\win.png", "win.png")]
    [InlineData("../../etc/notities.png", "notities.png")]
    [InlineData("a\u0007b\u200Bc\tnaam   met  spaties.png", "abc naam met spaties.png")]
    [InlineData("\u2066\u2069", "document.png")]
    [InlineData("notities.txt", "notities.txt.png")]
    public async Task An_uploaded_file_name_is_kept_without_paths_control_or_invisible_characters(string uploaded, string kept)
    {
        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), Png, uploaded, "image/png");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(kept, (await response.JsonAsync()).GetProperty("versions")[0].GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task A_long_file_name_is_cut_to_255_characters_and_keeps_its_extension()
    {
        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), Png, new string('x', 1_000) + ".png", "image/png");

        var kept = (await response.JsonAsync()).GetProperty("versions")[0].GetProperty("fileName").GetString()!;
        Assert.Equal(255, kept.Length);
        Assert.EndsWith("x.png", kept);
    }

    [Fact]
    public async Task An_upload_repeated_with_its_idempotency_key_stores_one_document()
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var key = Guid.NewGuid().ToString();
        var title = $"Jaarverslag {key}";

        // Each attempt is a new multipart body with a boundary of its own, as a client retrying after a lost answer sends.
        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(Png) { Headers = { ContentType = new("image/png") } }, "file", "verslag.png");
            foreach (var (name, value) in DocumentsFixture.Fields(title: title)) form.Add(new StringContent(value, Encoding.UTF8), name);
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
            request.Headers.Add("Idempotency-Key", key);
            answers.Add(await member.SendAsync(request));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal((await answers[0].JsonAsync()).Id(), (await answers[1].JsonAsync()).Id());
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM documents WHERE title = '{title}'"));
    }

    [Fact]
    public async Task Missing_fields_are_named_and_a_request_that_is_not_multipart_gets_415()
    {
        var noTitle = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), "tekst"u8.ToArray(), "a.txt", "text/plain",
            [("visibility", "everyone")]);
        var json = await fixture.AsMember(Guid.NewGuid()).PostAsync("/api/documents", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal(["title", "visibility"], (await noTitle.FieldErrorsAsync()).Order());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task Only_members_upload()
    {
        var anonymous = await DocumentsFixture.UploadAsync(fixture.Anonymous(), "tekst"u8.ToArray(), "a.txt");
        var partner = await DocumentsFixture.UploadAsync(fixture.WithToken(fixture.Tokens.Partner("partner-demo")), "tekst"u8.ToArray(), "a.txt");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, partner.StatusCode);
    }

    [Fact]
    public async Task Simultaneous_uploads_of_the_same_bytes_store_them_once()
    {
        var bytes = Encoding.UTF8.GetBytes($"Dezelfde inhoud {Guid.NewGuid()}");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), bytes, "zelfde.txt", "text/plain")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(8, await fixture.CountAsync($"SELECT count(*) FROM document_versions WHERE blob_hash = '{hash}'"));
        var stored = Directory.GetFiles(fixture.BlobFolder, "*", SearchOption.AllDirectories);
        Assert.Equal(1, stored.Count(f => Path.GetFileName(f) == hash));
        Assert.DoesNotContain(stored, f => f.EndsWith(".tmp"));
    }
}
