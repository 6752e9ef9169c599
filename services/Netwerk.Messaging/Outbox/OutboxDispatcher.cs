using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netwerk.Messaging.Background;

namespace Netwerk.Messaging.Outbox;

/// <summary>Publishes outbox rows through MassTransit and marks them sent. Rows are claimed with
/// `FOR UPDATE SKIP LOCKED` inside a transaction, so replicas never publish the same row at the same time; a row
/// the broker does not confirm stays unsent and is tried again with a growing pause, for as long as it takes.</summary>
public sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    internal static readonly ActivitySource ActivitySource = new("Netwerk.Messaging");
    private readonly OutboxOptions _options = options.Value;
    private readonly Lock _cleanupTurn = new();
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    /// <summary>Several loops side by side: while one waits for the broker to confirm its batch, the next commit's
    /// events go out with another (its rows are not the locked ones) instead of waiting behind that batch.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(Enumerable.Range(0, _options.Concurrency)
        .Select(_ => BatchLoop.RunAsync(
            async cancellationToken =>
            {
                var published = await DispatchBatchAsync(cancellationToken);
                await CleanUpSentAsync(cancellationToken);
                return published == _options.BatchSize;
            },
            cancellationToken => signal.WaitAsync(_options.PollInterval, cancellationToken),
            logger, $"Outbox dispatch of {typeof(TDbContext).Name}", stoppingToken)));

    /// <summary>Publishes what is due; returns how many rows were published.</summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY occurred_at
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        // The batch is published at once: each publish waits for the broker's confirmation (a disk write for durable
        // messages), and one after the other those waits made the outbox the slowest step between a change and its
        // consumers (about 25 events/s here); together the broker confirms them in a few writes.
        var failures = await Task.WhenAll(due.Select(async message =>
        {
            try
            {
                await PublishAsync(message, cancellationToken);
                return null;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return exception;
            }
        }));

        var published = 0;
        var sentAt = clock.GetUtcNow();
        for (var i = 0; i < due.Count; i++)
        {
            var message = due[i];
            if (failures[i] is not { } exception)
            {
                message.SentAt = sentAt;
                published++;
                continue;
            }
            message.Attempts++;
            message.LastError = Truncate(exception.Message, 2000);
            message.NextAttemptAt = sentAt + RetryDelay(message.Attempts);
            logger.LogWarning(exception, "Publishing {EventType} {EventId} failed (attempt {Attempt})", message.EventType, message.Id, message.Attempts);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = Type.GetType(message.EventType, throwOnError: true)!;
        var payload = JsonSerializer.Deserialize(message.Payload, eventType, MessagingJson.Options)!;

        // Continue the trace of the request that raised the event, so the dashboard shows one trace from the
        // gateway to the consumer even though the publish happens later, on another thread.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = ActivitySource.StartActivity($"outbox publish {eventType.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(payload, eventType, context => context.MessageId = message.Id, timeout.Token);
    }

    private async Task CleanUpSentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (_cleanupTurn)
        {
            if (now < _nextCleanup) return;
            _nextCleanup = now + TimeSpan.FromHours(1);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var cutoff = now - _options.SentRetention;
        await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>1 s, 2 s, 4 s … up to the configured maximum.</summary>
    private TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(_options.MaxRetryDelay.TotalSeconds, Math.Pow(2, Math.Min(attempts - 1, 16))));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
