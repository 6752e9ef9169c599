using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Netwerk.ServiceDefaults.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>Registers a named limit with its defaults; configuration may override both numbers.</summary>
    public static IHostApplicationBuilder AddRedisRateLimit(this IHostApplicationBuilder builder, string name, int permitLimit, TimeSpan window)
    {
        builder.Services.TryAddSingleton<RedisRateLimiter>();
        builder.Services.AddOptions<RateLimitPolicy>(name)
            .Configure(policy =>
            {
                policy.PermitLimit = permitLimit;
                policy.Window = window;
            })
            .BindConfiguration($"RateLimits:{name}");
        return builder;
    }

    /// <summary>Applies the named limit to an endpoint: 429 with `Retry-After` once a client has used it up.</summary>
    public static TBuilder WithRedisRateLimit<TBuilder>(this TBuilder endpoint, string name) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilterFactory((context, next) =>
        {
            var filter = ActivatorUtilities.CreateInstance<RedisRateLimitFilter>(context.ApplicationServices, name);
            return invocation => filter.InvokeAsync(invocation, next);
        });
}
