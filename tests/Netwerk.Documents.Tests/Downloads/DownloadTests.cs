using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Netwerk.Documents.Tests.Downloads;

public sealed class DownloadTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("0123456789abcdefghij — afspraken over gegevensbeheer");

    [Fact]
    public async Task A_download_has_its_type_its_name_safely_encoded_and_a_content_etag()
    {
        var id = await PublishAsync("Verslag één — juni.txt");

        var response = await fixture.Anonymous().GetAsync($"/api/documents/{id}/content");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Text, await response.Content.ReadAsByteArrayAsync());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Verslag één — juni.txt", disposition.FileNameStar);
        Assert.Equal($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Text))}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Head_answers_as_get_without_the_body_and_is_not_a_download()
    {
        var id = await PublishAsync("kop.txt");

        using var head = await fixture.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/documents/{id}/content"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/plain", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Text.Length, head.Content.Headers.ContentLength);
        Assert.Equal($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Text))}\"", head.Headers.ETag?.Tag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, await fixture.CountAsync($"SELECT download_count FROM documents WHERE id = '{id}'"));
    }

    [Fact]
    public async Task Answers_carry_the_security_headers_and_what_a_member_reads_is_not_stored_by_caches()
    {
        var id = await PublishAsync("kopjes.txt");

        using var anonymous = await fixture.Anonymous().GetAsync($"/api/documents/{id}");
        using var member = await fixture.AsMember(Guid.NewGuid()).GetAsync($"/api/documents/{id}");

        Assert.Equal("nosniff", anonymous.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", anonymous.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", anonymous.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", anonymous.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(member.Headers.CacheControl?.NoStore);
        Assert.False(anonymous.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task If_none_match_gets_304_and_is_not_counted_as_a_download()
    {
        var id = await PublishAsync("a.txt");
        var first = await fixture.Anonymous().GetAsync($"/api/documents/{id}/content");

        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}/content");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var again = await fixture.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(1, await fixture.CountAsync($"SELECT download_count FROM documents WHERE id = '{id}'"));
    }

    [Fact]
    public async Task A_range_request_gets_206_with_just_those_bytes()
    {
        var id = await PublishAsync("a.txt");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}/content");
        request.Headers.Range = new RangeHeaderValue(10, 19);

        var response = await fixture.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("abcdefghij"u8.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 10-19/{Text.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(0, await fixture.CountAsync($"SELECT download_count FROM documents WHERE id = '{id}'"));
    }

    private async Task<Guid> PublishAsync(string fileName)
    {
        var response = await DocumentsFixture.UploadAsync(fixture.AsMember(Guid.NewGuid()), Text, fileName, "text/plain");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).Id();
    }
}
