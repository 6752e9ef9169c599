using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.Documents.Tests;

internal static class Api
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Guid Id(this JsonElement body) => body.GetProperty("id").GetGuid();

    /// <summary>The ids of a list response's items.</summary>
    public static async Task<List<Guid>> IdsAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
    }

    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.JsonAsync();
        return body.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToArray() : [];
    }
}
