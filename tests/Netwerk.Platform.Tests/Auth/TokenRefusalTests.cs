using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Auth;

/// <summary>Tokens the services must refuse (401), checked by membership and by notifications alike.</summary>
public sealed class TokenRefusalTests : IAsyncLifetime
{
    private PlatformSlice _slice = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        _slice = await PlatformSlice.StartAsync(servers, await servers.Broker.NewVirtualHostAsync(), settings: new Dictionary<string, string?>
        {
            ["Identity:AccessTokenLifetime"] = "00:00:05",
            ["Identity:ClockSkew"] = "00:00:00",
        });
    }

    public Task DisposeAsync() => _slice.DisposeAsync().AsTask();

    [Fact]
    public async Task A_token_with_a_changed_payload_is_refused()
    {
        var parts = (await _slice.TokenAsync("beheer@netwerk.example", "Netwerk-beheer-2026")).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"admin\"", "\"admln\"");
        var forged = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Membership.CreateClient(), "/api/members/me", forged));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Notifications.CreateClient(), "/api/notifications", forged));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        // Warm both services first (key sets fetched, first requests compiled): on a loaded machine the first request
        // alone can outlast a short-lived token.
        var warmUp = await _slice.TokenAsync("beheer@netwerk.example", "Netwerk-beheer-2026");
        await StatusAsync(_slice.Notifications.CreateClient(), "/api/notifications", warmUp);
        await StatusAsync(_slice.Membership.CreateClient(), "/api/members/me", warmUp);

        var token = await _slice.TokenAsync("beheer@netwerk.example", "Netwerk-beheer-2026");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_slice.Notifications.CreateClient(), "/api/notifications", token));

        await Task.Delay(TimeSpan.FromSeconds(6));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Membership.CreateClient(), "/api/members/me", token));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Notifications.CreateClient(), "/api/notifications", token));
    }

    [Fact]
    public async Task No_token_or_a_made_up_one_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Membership.CreateClient(), "/api/members/me", null));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Notifications.CreateClient(), "/api/notifications", "not-a-token"));
    }

    [Fact]
    public async Task An_identity_token_is_not_an_access_token_for_any_service()
    {
        var response = await _slice.Membership.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "netwerk-web",
            ["username"] = "beheer@netwerk.example",
            ["password"] = "Netwerk-beheer-2026",
            ["scope"] = "openid api",
        }));
        var identityToken = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id_token").GetString();

        // Signed by membership with the same keys, but it says who signed in, not what the bearer may do (typ JWT, not at+jwt).
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Membership.CreateClient(), "/api/members/me", identityToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Notifications.CreateClient(), "/api/notifications", identityToken));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_slice.Events.CreateClient(), $"/api/events/{Guid.NewGuid()}/registrations", identityToken));
        var documents = _slice.Documents.CreateClient();
        documents.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", identityToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await documents.DeleteAsync($"/api/documents/{Guid.NewGuid()}")).StatusCode);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string? token)
    {
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync(path)).StatusCode;
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }
}
