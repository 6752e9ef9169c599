using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Security;

public static class SharedDataProtectionKeys
{
    /// <summary>Cookies and antiforgery tokens are protected with Data Protection keys; every replica of the process
    /// must read what another wrote, and a restart must not sign everybody out, so the keys live in Redis, one key
    /// ring per application.</summary>
    public static IHostApplicationBuilder AddRedisDataProtectionKeys(this IHostApplicationBuilder builder, string application)
    {
        builder.Services.AddDataProtection().SetApplicationName(application);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), $"{application}:data-protection-keys"));
        return builder;
    }
}
