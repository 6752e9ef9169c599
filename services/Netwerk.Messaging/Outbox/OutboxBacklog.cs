using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Netwerk.Messaging.Outbox;

/// <summary>How far behind a service's outbox is, on the dashboard: `netwerk.outbox.pending` (events committed and not
/// yet taken by the broker) and `netwerk.outbox.oldest_pending_age` (seconds the oldest of them has waited), tagged with
/// the outbox's database. Both stay at 0 while the broker keeps up; while it is away they rise with every change, and
/// after it is back they fall to 0 as the dispatcher catches up. Counted every few seconds on the partial index of
/// unsent rows, so an observation never waits for the database.</summary>
public sealed class OutboxBacklog<TDbContext> : BackgroundService where TDbContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly ILogger<OutboxBacklog<TDbContext>> _logger;
    private readonly KeyValuePair<string, object?> _outbox = new("outbox", typeof(TDbContext).Name);
    private long _pending;
    private DateTimeOffset? _oldest;

    public OutboxBacklog(IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, IMeterFactory meters,
        ILogger<OutboxBacklog<TDbContext>> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _interval = options.Value.BacklogInterval;
        _logger = logger;
        var meter = meters.Create(MessagingMeter.Name);
        meter.CreateObservableGauge("netwerk.outbox.pending", () => new Measurement<long>(Interlocked.Read(ref _pending), _outbox),
            unit: "{message}", description: "Integration events committed and not yet published to the broker.");
        meter.CreateObservableGauge("netwerk.outbox.oldest_pending_age", () => new Measurement<double>(OldestAgeSeconds(), _outbox),
            unit: "s", description: "How long the oldest unpublished integration event has waited.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _clock);
        do
        {
            try
            {
                await CountAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database away is what the other health checks report; the gauge keeps its last count.
                _logger.LogDebug(exception, "Counting the outbox of {Context} failed", typeof(TDbContext).Name);
            }
        } while (await WaitAsync(timer, stoppingToken));
    }

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var unsent = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>().Where(m => m.SentAt == null);
        var oldest = await unsent.MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        var pending = oldest is null ? 0 : await unsent.LongCountAsync(cancellationToken);
        Interlocked.Exchange(ref _pending, pending);
        _oldest = oldest;
    }

    private double OldestAgeSeconds() => _oldest is { } oldest ? Math.Max(0, (_clock.GetUtcNow() - oldest).TotalSeconds) : 0;

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
