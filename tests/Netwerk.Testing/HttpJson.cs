using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.Testing;

/// <summary>Reading the services' JSON answers in tests, including the shape of their problem details.</summary>
public static class HttpJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Guid Id(this JsonElement body) => body.GetProperty("id").GetGuid();

    public static string Status(this JsonElement body) => body.GetProperty("status").GetString()!;

    /// <summary>The field names a 400 problem details body lists under `errors`.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        return body.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToArray() : [];
    }
}
