using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Webhooks.Subscriptions;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>Writes what an attempt came to, in one transaction: the attempt in the log, the delivery's next step
/// (done, a retry on the schedule, or failed), the lease given back, and the subscription's health — a 410 disables
/// it at once, five days of failing without a success disables it and tells its owner.</summary>
public sealed class AttemptRecorder(NotificationsDbContext db, IOptions<WebhookDeliveryOptions> options, SubscriptionDisabling disabling,
    MemberNotices notices, WebhookMetrics metrics, TimeProvider clock)
{
    private static readonly TimeSpan SuccessRecordedEvery = TimeSpan.FromMinutes(1);

    public async Task RecordAsync(WebhookDelivery claimed, AttemptResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var delivery = new WebhookDelivery
        {
            Id = claimed.Id, MessageId = claimed.MessageId, SubscriptionId = claimed.SubscriptionId, CreatedAt = claimed.CreatedAt,
            Status = claimed.Status, AttemptCount = claimed.AttemptCount, FailuresThisRound = claimed.FailuresThisRound,
            NextAttemptAt = claimed.NextAttemptAt, LeasedUntil = claimed.LeasedUntil,
        };
        db.WebhookDeliveries.Attach(delivery);
        delivery.AttemptCount++;
        delivery.LeasedUntil = null;
        db.WebhookAttempts.Add(new WebhookAttempt
        {
            Id = Guid.CreateVersion7(now),
            DeliveryId = delivery.Id,
            Number = delivery.AttemptCount,
            StartedAt = result.StartedAt,
            DurationMs = (int)Math.Min(result.Duration.TotalMilliseconds, int.MaxValue),
            StatusCode = result.StatusCode,
            Response = result.Response,
            Error = result.Error,
            Succeeded = result.Succeeded,
        });

        string outcome;
        if (result.Succeeded)
        {
            outcome = "succeeded";
            Complete(delivery, DeliveryStatus.Succeeded, now);
        }
        else if (result.Gone)
        {
            outcome = "gone";
            Complete(delivery, DeliveryStatus.Failed, now);
        }
        else
        {
            delivery.FailuresThisRound++;
            var delay = RetrySchedule.NextDelay(options.Value, delivery.FailuresThisRound, result.RetryAfter, Random.Shared);
            if (delay is { } wait)
            {
                outcome = "retrying";
                delivery.NextAttemptAt = now + wait;
            }
            else
            {
                outcome = "failed";
                Complete(delivery, DeliveryStatus.Failed, now);
            }
        }
        if (result.Refused) outcome = "refused";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RecordHealthAsync(claimed.SubscriptionId, result, now, cancellationToken);
        // After the health check: disabling the subscription adds notices to the same unit of work.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notices.AnnounceCommittedAsync();

        metrics.Attempted(outcome, result.Duration);
        if (result.Succeeded && claimed.Message is { } message) metrics.Delivered(now - message.CreatedAt);
    }

    private static void Complete(WebhookDelivery delivery, DeliveryStatus status, DateTimeOffset now)
    {
        delivery.Status = status;
        delivery.NextAttemptAt = null;
        delivery.CompletedAt = now;
    }

    private async Task RecordHealthAsync(Guid subscriptionId, AttemptResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscriptions = db.WebhookSubscriptions.Where(s => s.Id == subscriptionId);
        if (result.Succeeded)
        {
            // Written when it changes something (a failing streak ends) or once a minute: at hundreds of deliveries
            // a second, writing it every time would make the subscription's row the busiest lock in the database.
            var recordedBefore = now - SuccessRecordedEvery;
            await subscriptions.Where(s => s.FailingSince != null || s.LastSuccessAt == null || s.LastSuccessAt < recordedBefore)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSuccessAt, now).SetProperty(x => x.FailingSince, (DateTimeOffset?)null), cancellationToken);
            return;
        }

        await subscriptions.Where(s => s.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailingSince, now), cancellationToken);
        if (result.Gone)
        {
            await disabling.DisableAsync(subscriptionId, "The endpoint answered 410 Gone.", now, cancellationToken);
            return;
        }
        var failingSince = now - options.Value.DisableAfterFailingFor;
        if (await subscriptions.AnyAsync(s => s.Enabled && s.FailingSince <= failingSince, cancellationToken))
        {
            await disabling.DisableAsync(subscriptionId,
                $"No successful delivery for {options.Value.DisableAfterFailingFor.TotalDays:0.#} days.", now, cancellationToken);
        }
    }
}
