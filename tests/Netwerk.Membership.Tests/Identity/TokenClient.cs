using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.Membership.Tests.Identity;

/// <summary>Asks the token endpoint as a client library would (form-encoded OAuth 2.0).</summary>
internal static class TokenClient
{
    public const string AdminEmail = "beheer@netwerk.example";
    public const string AdminPassword = "Netwerk-beheer-2026";

    public static Task<HttpResponseMessage> PasswordGrantAsync(HttpClient client, string email, string password) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "netwerk-web",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "openid offline_access api",
        }));

    public static async Task<JsonElement> TokensAsync(HttpClient client, string email, string password)
    {
        var response = await PasswordGrantAsync(client, email, password);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {body}");
        return body;
    }

    public static async Task<HttpClient> SignedInAsync(Func<HttpClient> newClient, string email, string password)
    {
        var client = newClient();
        var tokens = await TokensAsync(client, email, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }
}
