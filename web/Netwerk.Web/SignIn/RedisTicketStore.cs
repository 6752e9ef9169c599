using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Netwerk.Web.SignIn;

/// <summary>The member's session (who they are, and their access and refresh tokens) lives in Redis; the browser's
/// cookie holds only the session's key. So no token ever reaches the browser, even encrypted, and every replica of
/// the web app finds the session. Stored protected with the web app's Data Protection keys, and for as long as the
/// session may last.</summary>
internal sealed class RedisTicketStore(IConnectionMultiplexer redis, IDataProtectionProvider protection) : ITicketStore
{
    private static readonly TimeSpan Longest = TimeSpan.FromDays(14);
    private readonly IDataProtector _protector = protection.CreateProtector("Netwerk.Web.Sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Guid.NewGuid().ToString("N");
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) =>
        redis.GetDatabase().StringSetAsync(Key(key), _protector.Protect(TicketSerializer.Default.Serialize(ticket)), Lifetime(ticket));

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var stored = await redis.GetDatabase().StringGetAsync(Key(key));
        if (stored.IsNullOrEmpty) return null;
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect((byte[])stored!));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public Task RemoveAsync(string key) => redis.GetDatabase().KeyDeleteAsync(Key(key));

    private static RedisKey Key(string key) => $"web-session:{key}";

    private static TimeSpan Lifetime(AuthenticationTicket ticket) =>
        ticket.Properties.ExpiresUtc is { } expires && expires - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero && left < Longest ? left : Longest;
}
