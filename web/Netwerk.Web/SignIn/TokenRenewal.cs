using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Netwerk.Web.Api;

namespace Netwerk.Web.SignIn;

/// <summary>Before a signed-in request is handled: an access token that runs out within two minutes is renewed with
/// the refresh token at membership's token endpoint (through the gateway), and the session keeps the new pair. A
/// refresh refused (the member signed out elsewhere, reset the password, left) ends the session here too, and the
/// member is asked to sign in again.</summary>
internal sealed class TokenRenewal(
    IHttpClientFactory clients, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<TokenRenewal> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    public async Task RenewWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)) return;
        if (expires - clock.GetUtcNow() > Margin) return;

        // The error page of a renewal that met a rate limit renders without trying again.
        if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null) return;

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        HttpResponseMessage? response;
        try
        {
            response = refreshToken is null ? null : await clients.CreateClient(GatewayApiNames.Gateway).PostAsync("connect/token",
                new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["refresh_token"] = refreshToken,
                    ["client_id"] = MemberSignIn.ClientId,
                    ["client_secret"] = MemberSignIn.ClientSecret(configuration, environment),
                }));
        }
        catch (RateLimitedException) when (expires > clock.GetUtcNow())
        {
            // A rate limit is no reason to end the session: the token still works, and a later request renews it.
            return;
        }
        using var answer = response;
        if (response is not { IsSuccessStatusCode: true })
        {
            logger.LogInformation("A member's session ended: the refresh was refused ({Status})", (int?)response?.StatusCode);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            // As when the API refuses the token: the member signs in again (EndedSession), back to this page.
            throw new SessionEndedException();
        }

        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        context.Properties.UpdateTokenValue("access_token", tokens.GetProperty("access_token").GetString()!);
        if (tokens.TryGetProperty("refresh_token", out var refresh)) context.Properties.UpdateTokenValue("refresh_token", refresh.GetString()!);
        context.Properties.UpdateTokenValue("expires_at",
            (clock.GetUtcNow() + TimeSpan.FromSeconds(tokens.GetProperty("expires_in").GetInt32())).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }
}
