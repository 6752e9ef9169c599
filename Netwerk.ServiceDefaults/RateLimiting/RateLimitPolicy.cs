namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per client in each <see cref="Window"/>.
/// Configured as `RateLimits:{name}:PermitLimit` and `RateLimits:{name}:Window`.</summary>
public sealed class RateLimitPolicy
{
    public int PermitLimit { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
