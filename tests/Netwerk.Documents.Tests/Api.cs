global using Netwerk.Testing;

namespace Netwerk.Documents.Tests;

internal static class Api
{
    /// <summary>The ids of a list response's items.</summary>
    public static async Task<List<Guid>> IdsAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.Id()).ToList();
    }
}
