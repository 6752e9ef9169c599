using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>What other people do through the API while a browser test's member watches: the administrator plans a
/// small event, another member takes its seat and gives it up again.</summary>
internal static class PlatformCalls
{
    public static async Task<JsonElement> SendAsync(PlatformFixture platform, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await platform.Gateway.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An event in ten days with one seat, which a demo member has taken: the next to register waits.</summary>
    public static async Task<(Guid Id, string Title)> FullEventAsync(PlatformFixture platform, string seatHolderToken)
    {
        var administrator = await DemoTokens.AdministratorAsync(platform.Gateway);
        var title = $"Kennissessie {Guid.NewGuid().ToString("N")[..6]}";
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var created = await SendAsync(platform, HttpMethod.Post, "/api/events", administrator, new
        {
            title,
            description = "Een kleine sessie met één plaats.",
            startsAt = starts.ToString("yyyy-MM-ddTHH:00:00Z"),
            endsAt = starts.AddHours(2).ToString("yyyy-MM-ddTHH:00:00Z"),
            timeZone = "Europe/Amsterdam",
            location = "Utrecht",
            capacity = 1,
        });
        var id = created.GetProperty("id").GetGuid();
        await SendAsync(platform, HttpMethod.Post, $"/api/events/{id}/registrations", seatHolderToken);
        return (id, title);
    }
}
