using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Webhooks.Subscriptions;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>What one claimed delivery's attempt came to.</summary>
public sealed record AttemptOutcome(WebhookDelivery Claimed, AttemptResult Result);

/// <summary>Writes what attempts came to, a batch in one transaction (one commit for many calls, where one each made
/// the commit the bottleneck): each attempt in the log, each delivery's next step (done, a retry on the schedule, or
/// failed) with its lease given back, and the subscriptions' health — a 410 disables one at once, five days of
/// failing without a success disables it and tells its owner.</summary>
public sealed class AttemptRecorder(NotificationsDbContext db, IOptions<WebhookDeliveryOptions> options, SubscriptionDisabling disabling,
    MemberNotices notices, WebhookMetrics metrics, TimeProvider clock)
{
    private static readonly TimeSpan SuccessRecordedEvery = TimeSpan.FromMinutes(1);

    public async Task RecordAsync(IReadOnlyList<AttemptOutcome> outcomes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var labels = outcomes.Select(outcome => Apply(outcome, now)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var subscription in outcomes.GroupBy(o => o.Claimed.SubscriptionId))
        {
            await RecordHealthAsync(subscription.Key, subscription.Select(o => o.Result).ToList(), now, cancellationToken);
        }
        // After the health check: disabling a subscription adds notices to the same unit of work.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notices.AnnounceCommittedAsync();

        for (var i = 0; i < outcomes.Count; i++)
        {
            var (claimed, result) = outcomes[i];
            metrics.Attempted(labels[i], result.Duration);
            if (result.Succeeded && claimed.Message is { } message) metrics.Delivered(now - message.CreatedAt);
        }
    }

    /// <summary>Adds the attempt and the delivery's next step to the unit of work; returns the outcome's label.</summary>
    private string Apply(AttemptOutcome outcome, DateTimeOffset now)
    {
        var (claimed, result) = outcome;
        // The claimed copy, attached: only what changes below is written.
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

        if (result.Succeeded)
        {
            Complete(delivery, DeliveryStatus.Succeeded, now);
            return "succeeded";
        }
        if (result.Gone)
        {
            Complete(delivery, DeliveryStatus.Failed, now);
            return "gone";
        }
        delivery.FailuresThisRound++;
        if (RetrySchedule.NextDelay(options.Value, delivery.FailuresThisRound, result.RetryAfter, Random.Shared) is { } wait)
        {
            delivery.NextAttemptAt = now + wait;
            return result.Refused ? "refused" : "retrying";
        }
        Complete(delivery, DeliveryStatus.Failed, now);
        return result.Refused ? "refused" : "failed";
    }

    private static void Complete(WebhookDelivery delivery, DeliveryStatus status, DateTimeOffset now)
    {
        delivery.Status = status;
        delivery.NextAttemptAt = null;
        delivery.CompletedAt = now;
    }

    private async Task RecordHealthAsync(Guid subscriptionId, IReadOnlyList<AttemptResult> results, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscriptions = db.WebhookSubscriptions.Where(s => s.Id == subscriptionId);
        if (results.Any(r => r.Succeeded))
        {
            // Written when it changes something (a failing streak ends) or once a minute: at hundreds of deliveries
            // a second, writing it every time would make the subscription's row the busiest lock in the database.
            var recordedBefore = now - SuccessRecordedEvery;
            await subscriptions.Where(s => s.FailingSince != null || s.LastSuccessAt == null || s.LastSuccessAt < recordedBefore)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSuccessAt, now).SetProperty(x => x.FailingSince, (DateTimeOffset?)null), cancellationToken);
            if (!results.Any(r => r.Gone)) return;
        }

        await subscriptions.Where(s => s.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailingSince, now), cancellationToken);
        if (results.Any(r => r.Gone))
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
