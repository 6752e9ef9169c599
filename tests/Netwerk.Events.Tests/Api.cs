global using Netwerk.Testing;

namespace Netwerk.Events.Tests;

internal static class Api
{
    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, Guid eventId) =>
        client.PostAsync($"/api/events/{eventId}/registrations", null);
}

internal static class RequestBodies
{
    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        body[field] = value;
        return body;
    }
}
