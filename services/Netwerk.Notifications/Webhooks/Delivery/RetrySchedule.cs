namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>When to try again after a failure: the configured wait with jitter, or the endpoint's own `Retry-After`
/// (on 429 and 503) as long as it stays within twice the scheduled wait.</summary>
public static class RetrySchedule
{
    /// <summary>The wait after failure number <paramref name="failures"/> (1-based) of a round, or null when the
    /// schedule is used up.</summary>
    public static TimeSpan? NextDelay(WebhookDeliveryOptions options, int failures, TimeSpan? retryAfter, Random random)
    {
        if (failures < 1 || failures > options.Schedule.Count) return null;
        var scheduled = options.Schedule[failures - 1];
        if (retryAfter is { } asked && asked > TimeSpan.Zero) return asked <= scheduled * 2 ? asked : scheduled * 2;
        var factor = 1 + options.Jitter * (random.NextDouble() * 2 - 1);
        return scheduled * factor;
    }
}
