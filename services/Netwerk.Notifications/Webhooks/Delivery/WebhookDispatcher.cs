using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Messaging.Background;
using Netwerk.Notifications.Data;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>Sends due webhook deliveries. Claims them in batches under a lease (<see cref="DeliveryClaim"/>), calls
/// each endpoint on its own task, records the outcomes in batches as they come (one writer: whatever finished while
/// the previous batch was written goes in the next), and claims again whenever places free up. A call in flight when
/// the service stops is finished and recorded before it goes; one cut off by a crash is retried when its lease runs
/// out (receivers deduplicate on `webhook-id`).</summary>
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
    private const int RecordBatch = 256;
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();
    private readonly Channel<(AttemptOutcome Outcome, TaskCompletionSource Recorded)> _outcomes =
        Channel.CreateUnbounded<(AttemptOutcome, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private Task _recording = Task.CompletedTask;
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private DateTimeOffset _nextHousekeeping = DateTimeOffset.MinValue;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not tied to the stopping token: it records until the calls in flight are done (StopAsync completes it).
        _recording = Task.Run(RecordAsync, CancellationToken.None);
        return BatchLoop.RunAsync(
            ClaimAndSendAsync,
            cancellationToken => signal.WaitAsync(options.Value.PollInterval, cancellationToken),
            logger,
            "Webhook dispatch",
            stoppingToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_inFlight.Values).WaitAsync(cancellationToken);
        _outcomes.Writer.TryComplete();
        await _recording.WaitAsync(cancellationToken);
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
            claimed = await DeliveryClaim.TakeAsync(db, options.Value, places, clock.Now(), stoppingToken);
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
            var recorded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _outcomes.Writer.WriteAsync((new AttemptOutcome(claimed.Delivery, result), recorded));
            // The place stays taken until the outcome is written: until then the lease counts against the endpoint.
            await recorded.Task;
        }
        catch (Exception exception)
        {
            // Unrecorded: the lease runs out and the delivery is tried again.
            logger.LogError(exception, "Webhook delivery {DeliveryId} was not recorded", claimed.Delivery.Id);
        }
        finally
        {
            _inFlight.TryRemove(claimed.Delivery.Id, out _);
            signal.Notify();
        }
    }

    private async Task RecordAsync()
    {
        var batch = new List<(AttemptOutcome Outcome, TaskCompletionSource Recorded)>(RecordBatch);
        while (await _outcomes.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < RecordBatch && _outcomes.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                await RecordBatchAsync(batch.Select(b => b.Outcome).ToList());
                foreach (var item in batch) item.Recorded.TrySetResult();
            }
            catch (Exception exception) when (batch.Count > 1)
            {
                // One bad outcome must not cost the others theirs: record them one by one.
                logger.LogWarning(exception, "Recording {Count} webhook attempts together failed; recording them one by one", batch.Count);
                foreach (var item in batch)
                {
                    try
                    {
                        await RecordBatchAsync([item.Outcome]);
                        item.Recorded.TrySetResult();
                    }
                    catch (Exception single)
                    {
                        item.Recorded.TrySetException(single);
                    }
                }
            }
            catch (Exception exception)
            {
                foreach (var item in batch) item.Recorded.TrySetException(exception);
            }
        }
    }

    private async Task RecordBatchAsync(IReadOnlyList<AttemptOutcome> outcomes)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AttemptRecorder>().RecordAsync(outcomes, CancellationToken.None);
    }

    /// <summary>Every few seconds: the queue depth for the dashboard; now and then, attempts and finished messages
    /// past their retention.</summary>
    private async Task HousekeepingAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now();
        if (now < _nextHousekeeping) return;
        _nextHousekeeping = now + HousekeepingEvery;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var depth = await db.WebhookDeliveries.Where(d => d.Status == DeliveryStatus.Pending)
            .GroupBy(d => d.SubscriptionId)
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        metrics.QueueDepthIs(depth);

        if (now < _nextPurge) return;
        _nextPurge = now + PurgeEvery;
        var before = now - options.Value.Retention;
        await db.WebhookAttempts.Where(a => a.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
        await db.WebhookMessages
            .Where(m => m.CreatedAt < before && !db.WebhookDeliveries.Any(d => d.MessageId == m.Id && d.Status == DeliveryStatus.Pending))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
