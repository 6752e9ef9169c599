using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>Reads the Development mail sink (smtp4dev) over its web API, as a developer reads it in its page.</summary>
public sealed partial class MailSinkClient(HttpClient sink)
{
    /// <summary>The plain text of the newest message to the address whose subject has the words, once it is there.</summary>
    public async Task<string> TextOfAsync(string address, string subjectPart)
    {
        var id = await Eventually.ReturnsAsync(async () =>
        {
            var listing = await sink.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=500");
            var messages = listing.ValueKind == JsonValueKind.Array ? listing : listing.GetProperty("results");
            return messages.EnumerateArray()
                .Where(m => m.GetProperty("subject").GetString()?.Contains(subjectPart) == true && Recipients(m).Contains(address, StringComparer.OrdinalIgnoreCase))
                .OrderByDescending(m => m.GetProperty("receivedDate").GetDateTimeOffset())
                .Select(m => m.GetProperty("id").GetString())
                .FirstOrDefault();
        }, found => found is not null, TimeSpan.FromSeconds(60));
        Assert.True(id is not null, $"no mail \"{subjectPart}\" to {address} in the mail sink");
        return await sink.GetStringAsync($"/api/messages/{id}/plaintext");
    }

    /// <summary>The account link in that message.</summary>
    public async Task<string> LinkToAsync(string address, string subjectPart)
    {
        var text = await TextOfAsync(address, subjectPart);
        var link = LinkPattern().Match(text);
        Assert.True(link.Success, text);
        return link.Value;
    }

    private static IEnumerable<string> Recipients(JsonElement message) =>
        message.GetProperty("to") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(t => t.GetString() ?? "")
            : [message.GetProperty("to").GetString() ?? ""];

    [GeneratedRegex(@"https?://\S+/account/\S+\?code=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
