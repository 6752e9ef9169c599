using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.Events.Tests;

/// <summary>Reading answers in tests: a response's JSON body, and the shapes API.md promises.</summary>
internal static class Api
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, Guid eventId) =>
        client.PostAsync($"/api/events/{eventId}/registrations", null);

    public static Guid Id(this JsonElement body) => body.GetProperty("id").GetGuid();

    public static string Status(this JsonElement body) => body.GetProperty("status").GetString()!;

    /// <summary>The field names a 400 problem details body lists under `errors`.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        return body.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToArray() : [];
    }
}

internal static class RequestBodies
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return body;
    }
}
