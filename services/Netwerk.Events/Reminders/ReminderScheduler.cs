using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Contracts.Events;
using Netwerk.Events.Data;
using Netwerk.Events.Registrations;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging.Background;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Reminders;

/// <summary>Publishes `EventReminderDue` once per event, when it starts within the lead time. Exactly once across
/// replicas and restarts: the event is claimed with `FOR UPDATE SKIP LOCKED`, marked sent and its message written to
/// the outbox in one transaction, so a second scheduler either waits out the claim and then sees the mark, or skips
/// the row; a crash before the commit leaves neither the mark nor the message.</summary>
internal sealed class ReminderScheduler(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderScheduler> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BatchLoop.RunAsync(
        async cancellationToken => await SendDueRemindersAsync(cancellationToken) == BatchSize,
        cancellationToken => Task.Delay(options.Value.PollInterval, clock, cancellationToken),
        logger, "Sending event reminders", stoppingToken);

    /// <summary>Claims and sends what is due; returns how many reminders went into the outbox.</summary>
    internal async Task<int> SendDueRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var links = scope.ServiceProvider.GetRequiredService<PublicLinks>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = clock.Now();
        var horizon = now + options.Value.LeadTime;
        var due = await db.Events.FromSql($"""
                SELECT * FROM network_events
                WHERE status = 'scheduled' AND reminder_sent_at IS NULL AND starts_at > {now} AND starts_at <= {horizon}
                ORDER BY starts_at
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var networkEvent in due)
        {
            var attendees = await db.Registrations
                .Where(r => r.NetworkEventId == networkEvent.Id && r.Status == RegistrationStatus.Confirmed && r.MemberId != null)
                .OrderBy(r => r.QueueNumber).Select(r => r.MemberId!.Value)
                .ToListAsync(cancellationToken);
            networkEvent.ReminderSentAt = now;
            db.AddIntegrationEvent(new EventReminderDue(Guid.CreateVersion7(now), now, EventMessages.Details(networkEvent, links), attendees));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0) logger.LogInformation("Sent {Count} event reminders", due.Count);
        return due.Count;
    }
}
