using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace Netwerk.Benchmarks.Platform;

/// <summary>Signed-in sessions of the web app for simulated members, made as a sign-in makes them: the member's ticket
/// (who they are and their access token) protected with the web app's Data Protection keys in Redis under the session
/// store's key, and a session cookie that names it. The bench platform has no membership to sign in at, so its tokens
/// come from <see cref="BenchmarkPlatform.Tokens"/>, which the services trust; everything after the sign-in (cookie,
/// session lookup, token on every API call) is the web app's own code.</summary>
internal sealed class WebSessions(string redis) : IAsyncDisposable
{
    // The names the web app uses (MemberSignIn, RedisTicketStore, SharedDataProtectionKeys).
    private const string Application = "web";
    private const string CookieName = "netwerk_web";
    private const string SessionPurpose = "Netwerk.Web.Sessions";
    private const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";
    private readonly ConnectionMultiplexer _redis = ConnectionMultiplexer.Connect(redis);
    private IDataProtectionProvider? _protection;

    /// <summary>The `Cookie` header of a new session for the member.</summary>
    public async Task<string> CookieAsync(Guid memberId, string displayName, string accessToken)
    {
        var protection = Protection();
        var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        var expires = DateTimeOffset.UtcNow.AddDays(1);
        var identity = new ClaimsIdentity([new Claim("sub", memberId.ToString()), new Claim("name", displayName), new Claim("role", "member")],
            "AuthenticationTypes.Federation", "name", "role");
        var properties = new AuthenticationProperties { ExpiresUtc = expires, IssuedUtc = DateTimeOffset.UtcNow };
        properties.StoreTokens([
            new AuthenticationToken { Name = "access_token", Value = accessToken },
            new AuthenticationToken { Name = "expires_at", Value = expires.ToString("o") },
        ]);
        var key = Guid.NewGuid().ToString("N");
        var stored = protection.CreateProtector(SessionPurpose).Protect(TicketSerializer.Default.Serialize(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, scheme)));
        await _redis.GetDatabase().StringSetAsync($"web-session:{key}", stored, TimeSpan.FromDays(1));

        var reference = new ClaimsIdentity([new Claim(SessionIdClaim, key, ClaimValueTypes.String, scheme)], scheme);
        var format = new TicketDataFormat(protection.CreateProtector("Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", scheme, "v2"));
        var cookie = format.Protect(new AuthenticationTicket(new ClaimsPrincipal(reference), new AuthenticationProperties { ExpiresUtc = expires }, scheme));
        return $"{CookieName}={cookie}";
    }

    private IDataProtectionProvider Protection()
    {
        if (_protection is not null) return _protection;
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(Application);
        services.Configure<KeyManagementOptions>(options =>
            options.XmlRepository = new RedisXmlRepository(() => _redis.GetDatabase(), $"{Application}:data-protection-keys"));
        return _protection = services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();
}
