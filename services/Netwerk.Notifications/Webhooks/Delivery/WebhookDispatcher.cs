using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Messaging.Background;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>Sends due webhook deliveries. Claims them in batches under a lease (<see cref="DeliveryClaim"/>), calls
/// each endpoint on its own task, records each outcome as it comes, and claims again whenever places free up. A call
/// in flight when the service stops is finished and recorded before it goes; one cut off by a crash is retried when
/// its lease runs out (receivers deduplicate on `webhook-id`).</summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    WebhookDispatchSignal signal,
    WebhookMetrics metrics,
    IOptions<WebhookDeliveryOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan HousekeepingEvery = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();
    private DateTimeOffset _nextHousekeeping = DateTimeOffset.MinValue;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BatchLoop.RunAsync(
        ClaimAndSendAsync,
        cancellationToken => signal.WaitAsync(options.Value.PollInterval, cancellationToken),
        logger,
        "Webhook dispatch",
        stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_inFlight.Values).WaitAsync(cancellationToken);
    }

    private async Task<bool> ClaimAndSendAsync(CancellationToken stoppingToken)
    {
        await HousekeepingAsync(stoppingToken);
        var places = options.Value.MaximumInFlight - _inFlight.Count;
        if (places <= 0) return false;

        List<ClaimedDelivery> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            claimed = await DeliveryClaim.TakeAsync(db, options.Value, places, clock.GetUtcNow(), stoppingToken);
        }
        foreach (var delivery in claimed)
        {
            // Not tied to the stopping token: a call that started is finished and recorded (StopAsync waits for it).
            // Started only once registered, so its own removal cannot come first.
            var send = new Task<Task>(() => SendAsync(delivery));
            _inFlight[delivery.Delivery.Id] = send.Unwrap();
            send.Start(TaskScheduler.Default);
        }
        return claimed.Count == places;
    }

    private async Task SendAsync(ClaimedDelivery claimed)
    {
        try
        {
            var result = await sender.SendAsync(claimed.Url, claimed.Delivery.Message, claimed.Secrets, CancellationToken.None);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AttemptRecorder>().RecordAsync(claimed.Delivery, result, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Unrecorded: the lease runs out and the delivery is tried again.
            logger.LogError(exception, "Recording webhook delivery {DeliveryId} failed", claimed.Delivery.Id);
        }
        finally
        {
            _inFlight.TryRemove(claimed.Delivery.Id, out _);
            signal.Notify();
        }
    }

    /// <summary>Every few seconds: the queue depth for the dashboard; now and then, attempts and finished messages
    /// past their retention.</summary>
    private async Task HousekeepingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now < _nextHousekeeping) return;
        _nextHousekeeping = now + HousekeepingEvery;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var depth = await db.WebhookDeliveries.Where(d => d.Status == DeliveryStatus.Pending)
            .GroupBy(d => d.SubscriptionId)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        metrics.QueueDepthIs(depth);

        if (now.Minute != 0 || now.Second >= HousekeepingEvery.TotalSeconds) return; // the purge runs once an hour
        var before = now - options.Value.Retention;
        await db.WebhookAttempts.Where(a => a.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
        await db.WebhookMessages
            .Where(m => m.CreatedAt < before && !db.WebhookDeliveries.Any(d => d.MessageId == m.Id && d.Status == DeliveryStatus.Pending))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
