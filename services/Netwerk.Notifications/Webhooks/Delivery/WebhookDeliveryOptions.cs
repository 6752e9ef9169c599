namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>`Webhooks:Delivery`. The defaults are EVENTS.md's; tests shorten the schedule.</summary>
public sealed class WebhookDeliveryOptions
{
    /// <summary>EVENTS.md's schedule.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>`Webhooks:Delivery:RetryDelays:0…n` replaces the schedule (configuration would append to a default
    /// array, so the default lives in <see cref="DefaultRetryDelays"/>).</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>The waits after the first, second, … failure; when they are used up the message is marked failed.</summary>
    public IReadOnlyList<TimeSpan> Schedule => RetryDelays is { Length: > 0 } configured ? configured : DefaultRetryDelays;

    /// <summary>Each wait varies by this fraction either way, so that failures of many messages at once do not all
    /// come back at once.</summary>
    public double Jitter { get; set; } = 0.2;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Calls in flight to one subscription's endpoint at most, across replicas: a slow endpoint ties up no
    /// more than this, so the others keep flowing.</summary>
    public int MaximumInFlightPerSubscription { get; set; } = 32;

    /// <summary>Calls in flight from one replica at most.</summary>
    public int MaximumInFlight { get; set; } = 256;

    /// <summary>How long a claimed delivery is held; longer than <see cref="Timeout"/> plus recording it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the dispatcher looks for due retries when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A subscription failing this long without a single success is disabled and its owner told.</summary>
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(5);

    /// <summary>Attempts (and finished messages) older than this are removed.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
