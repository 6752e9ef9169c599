using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>Tokens from membership, asked for through the gateway as clients do: a demo member's and the administrator's
/// (password grant) and the demo partner's (client credentials), with the AppHost's Development credentials.</summary>
public static class DemoTokens
{
    public static Task<string> MemberAsync(HttpClient gateway) => RequestAsync(gateway, new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = "netwerk-web",
        ["username"] = "anne.devries@demo.netwerk.example",
        ["password"] = "Netwerk-demo-2026",
        ["scope"] = "openid api",
    });

    public static Task<string> AdministratorAsync(HttpClient gateway) => RequestAsync(gateway, new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = "netwerk-web",
        ["username"] = "beheer@netwerk.example",
        ["password"] = "Netwerk-beheer-2026",
        ["scope"] = "openid api",
    });

    public static Task<string> PartnerAsync(HttpClient gateway) => RequestAsync(gateway, new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = "partner-demo",
        ["client_secret"] = "partner-demo-geheim-2026",
        ["scope"] = "webhooks",
    });

    /// <summary>Asks again while the gateway answers 503: right after another test restarted membership, the gateway's
    /// health checks take a few seconds to see it back.</summary>
    private static async Task<string> RequestAsync(HttpClient gateway, Dictionary<string, string> form)
    {
        using var response = await Eventually.ReturnsAsync(() => gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form)),
            r => r.StatusCode != HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
