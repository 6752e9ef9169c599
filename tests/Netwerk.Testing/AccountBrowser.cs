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

    public async Task<HttpResponseMessage> SubmitFormAsync(Uri pageAddress, string html, IReadOnlyDictionary<string, string> fields, string? button = null)
    {
        var form = FormPattern().Match(html);
        if (!form.Success) throw new InvalidOperationException($"No form on {pageAddress}: {html}");
        var action = form.Groups["action"].Success ? WebUtility.HtmlDecode(form.Groups["action"].Value) : pageAddress.PathAndQuery;
        var values = HiddenPattern().Matches(form.Value)
            .Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToList();
        foreach (var (name, value) in fields) values.Add(KeyValuePair.Create(name, value));
        if (button is not null) values.Add(KeyValuePair.Create("besluit", button));
        return await client.PostAsync(new Uri(pageAddress, action), new FormUrlEncodedContent(values));
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

    [GeneratedRegex("""<form[^>]*method="post"(?:[^>]*action="(?<action>[^"]*)")?[^>]*>.*?</form>""", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex(""""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]*)"[^>]*value="(?<value>[^"]*)"|<input[^>]*name="(?<name>[^"]*)"[^>]*type="hidden"[^>]*value="(?<value>[^"]*)"""")]
    private static partial Regex HiddenPattern();
}
