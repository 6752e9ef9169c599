using System.Net;
using System.Text.RegularExpressions;

namespace Netwerk.Testing;

/// <summary>Uses membership's account pages and `/connect/authorize` as a browser without JavaScript does: it keeps
/// cookies, reads a page's form (its action and hidden fields, the antiforgery token among them), posts it, and
/// follows redirects itself, so that a test sees each step, and stops at the client's redirect URI.</summary>
public sealed partial class AccountBrowser(HttpClient client)
{
    /// <summary>A client made without following redirects and with a cookie container (as `CreateClient` of
    /// WebApplicationFactory with `AllowAutoRedirect = false`, or an <see cref="HttpClientHandler"/>).</summary>
    public HttpClient Client => client;

    public async Task<(HttpResponseMessage Response, string Html)> PageAsync(string address)
    {
        var response = await client.GetAsync(address);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the page's first form that posts (or the one whose button has the given value), with the page's
    /// hidden fields and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageAddress, IReadOnlyDictionary<string, string> fields, string? button = null)
    {
        var (page, html) = await PageAsync(pageAddress);
        if (page.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{pageAddress} answered {(int)page.StatusCode}: {html}");
        return await SubmitFormAsync(page.RequestMessage!.RequestUri!, html, fields, button);
    }

    /// <param name="handler">The web app's form to post (its hidden `_handler`), where a page has several.</param>
    public async Task<HttpResponseMessage> SubmitFormAsync(Uri pageAddress, string html, IReadOnlyDictionary<string, string> fields, string? button = null,
        string? handler = null)
    {
        var (action, values) = FormOf(pageAddress, html, handler);
        foreach (var (name, value) in fields) values.Add(KeyValuePair.Create(name, value));
        if (button is not null) values.Add(KeyValuePair.Create("besluit", button));
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts the page's form of the web app's form <paramref name="handler"/> (its `_handler`) as
    /// multipart/form-data with a file, the way a browser sends an upload: its length known, without
    /// `Expect: 100-continue`.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string pageAddress, string handler, IReadOnlyDictionary<string, string> fields,
        string fileField, string fileName, byte[] file)
    {
        var (page, html) = await PageAsync(pageAddress);
        if (page.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{pageAddress} answered {(int)page.StatusCode}: {html}");
        var (action, values) = FormOf(page.RequestMessage!.RequestUri!, html, handler);
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in values.Concat(fields)) content.Add(new StringContent(value), name);
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(bytes, fileField, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = content };
        request.Headers.ExpectContinue = false;
        return await client.SendAsync(request);
    }

    /// <summary>Where the page's first posting form goes (or the first with the hidden `_handler` value
    /// <paramref name="handler"/>), and its hidden fields.</summary>
    private static (Uri Action, List<KeyValuePair<string, string>> Hidden) FormOf(Uri pageAddress, string html, string? handler = null)
    {
        var form = HtmlForm.AllIn(html).FirstOrDefault(f => handler is null || f.Html.Contains($"value=\"{handler}\"", StringComparison.Ordinal));
        if (form is null) throw new InvalidOperationException($"No form on {pageAddress}: {html}");
        return (new Uri(pageAddress, form.Action ?? pageAddress.PathAndQuery), [.. form.Hidden]);
    }

    /// <summary>Follows redirects until an answer that is not one, or one to an address starting with
    /// <paramref name="stopAt"/> (the client's redirect URI), which is returned unfollowed.</summary>
    public async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response, string stopAt)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is not { } location) return response;
            var next = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            if (next.ToString().StartsWith(stopAt, StringComparison.Ordinal)) return response;
            response = await client.GetAsync(next);
        }
        throw new InvalidOperationException("More than ten redirects.");
    }
}
