using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Webhooks.Subscriptions;
using Netwerk.ServiceDefaults.Time;
using Npgsql;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>What one claimed delivery's attempt came to.</summary>
public sealed record AttemptOutcome(WebhookDelivery Claimed, AttemptResult Result);

/// <summary>Writes what attempts came to, a batch in one transaction (one commit for many calls, where one each made
/// the commit the bottleneck) and a few statements whatever its size: each attempt in the log, each delivery's next
/// step (done, a retry on the schedule, or failed) with its lease given back, and the subscriptions' health — a 410
/// disables one at once, five days of failing without a success disables it and tells its owner.</summary>
public sealed class AttemptRecorder(NotificationsDbContext db, IOptions<WebhookDeliveryOptions> options, SubscriptionDisabling disabling,
    MemberNotices notices, WebhookMetrics metrics, TimeProvider clock)
{
    private static readonly TimeSpan SuccessRecordedEvery = TimeSpan.FromMinutes(1);

    /// <summary>A delivery's state after its attempt, and the attempt for the log.</summary>
    private sealed record Step(WebhookDelivery Delivery, WebhookAttempt Attempt, string Label);

    public async Task RecordAsync(IReadOnlyList<AttemptOutcome> outcomes, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        var steps = outcomes.Select(outcome => NextStep(outcome, now)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await WriteStepsAsync(steps, cancellationToken);
        await RecordHealthAsync(outcomes, now, cancellationToken);
        // After the health check: disabling a subscription adds notices to the same unit of work.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notices.AnnounceCommittedAsync();

        for (var i = 0; i < outcomes.Count; i++)
        {
            var (claimed, result) = outcomes[i];
            metrics.Attempted(steps[i].Label, result.Duration);
            if (result.Succeeded && claimed.Message is { } message) metrics.Delivered(now - message.CreatedAt);
        }
    }

    /// <summary>The attempt, and the delivery's next step with its lease given back.</summary>
    private Step NextStep(AttemptOutcome outcome, DateTimeOffset now)
    {
        var (claimed, result) = outcome;
        var delivery = new WebhookDelivery
        {
            Id = claimed.Id,
            MessageId = claimed.MessageId,
            SubscriptionId = claimed.SubscriptionId,
            CreatedAt = claimed.CreatedAt,
            Status = claimed.Status,
            AttemptCount = claimed.AttemptCount + 1,
            FailuresThisRound = claimed.FailuresThisRound,
            NextAttemptAt = claimed.NextAttemptAt,
            LeasedUntil = null,
        };
        var attempt = new WebhookAttempt
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
        };
        return new Step(delivery, attempt, Advance(delivery, result, now));
    }

    /// <summary>Moves the delivery on by the attempt's result; returns the outcome's label.</summary>
    private string Advance(WebhookDelivery delivery, AttemptResult result, DateTimeOffset now)
    {
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

    /// <summary>Two statements for the whole batch, the rows passed as arrays: at hundreds of attempts a second, a
    /// statement per row was most of the recorder's time and of the database's.</summary>
    private async Task WriteStepsAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        var deliveries = steps.Select(s => s.Delivery).ToList();
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE webhook_deliveries d
            SET status = u.status, attempt_count = u.attempt_count, failures_this_round = u.failures_this_round,
                next_attempt_at = u.next_attempt_at, completed_at = u.completed_at, leased_until = NULL
            FROM unnest(@id, @status, @attempt_count, @failures_this_round, @next_attempt_at, @completed_at)
                AS u(id, status, attempt_count, failures_this_round, next_attempt_at, completed_at)
            WHERE d.id = u.id
            """,
            [
                Array("id", deliveries.Select(d => d.Id)),
                Array("status", deliveries.Select(d => d.Status.ToString())),
                Array("attempt_count", deliveries.Select(d => d.AttemptCount)),
                Array("failures_this_round", deliveries.Select(d => d.FailuresThisRound)),
                Array("next_attempt_at", deliveries.Select(d => d.NextAttemptAt)),
                Array("completed_at", deliveries.Select(d => d.CompletedAt)),
            ], cancellationToken);

        var attempts = steps.Select(s => s.Attempt).ToList();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO webhook_attempts (id, delivery_id, number, started_at, duration_ms, status_code, response, error, succeeded)
            SELECT * FROM unnest(@id, @delivery_id, @number, @started_at, @duration_ms, @status_code, @response, @error, @succeeded)
            """,
            [
                Array("id", attempts.Select(a => a.Id)),
                Array("delivery_id", attempts.Select(a => a.DeliveryId)),
                Array("number", attempts.Select(a => a.Number)),
                Array("started_at", attempts.Select(a => a.StartedAt)),
                Array("duration_ms", attempts.Select(a => a.DurationMs)),
                Array("status_code", attempts.Select(a => a.StatusCode)),
                Array("response", attempts.Select(a => a.Response)),
                Array("error", attempts.Select(a => a.Error)),
                Array("succeeded", attempts.Select(a => a.Succeeded)),
            ], cancellationToken);
    }

    private static NpgsqlParameter Array<T>(string name, IEnumerable<T> values) => new(name, values.ToArray());

    /// <summary>A success ends a failing streak; failures start one, a 410 disables the subscription, and so do five
    /// days of failing.</summary>
    private async Task RecordHealthAsync(IReadOnlyList<AttemptOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bySubscription = outcomes.GroupBy(o => o.Claimed.SubscriptionId).ToList();
        var succeeded = bySubscription.Where(g => g.Any(o => o.Result.Succeeded)).Select(g => g.Key).ToList();
        if (succeeded.Count > 0)
        {
            // Written when it changes something (a failing streak ends) or once a minute: at hundreds of deliveries
            // a second, writing it every time would make the subscriptions' rows the busiest locks in the database.
            var recordedBefore = now - SuccessRecordedEvery;
            await db.WebhookSubscriptions
                .Where(s => succeeded.Contains(s.Id) && (s.FailingSince != null || s.LastSuccessAt == null || s.LastSuccessAt < recordedBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSuccessAt, now).SetProperty(x => x.FailingSince, (DateTimeOffset?)null), cancellationToken);
        }
        foreach (var failing in bySubscription.Where(g => g.Any(o => o.Result.Gone) || !g.Any(o => o.Result.Succeeded)))
        {
            await RecordFailureAsync(failing.Key, failing.Any(o => o.Result.Gone), now, cancellationToken);
        }
    }

    private async Task RecordFailureAsync(Guid subscriptionId, bool gone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = db.WebhookSubscriptions.Where(s => s.Id == subscriptionId);
        await subscription.Where(s => s.FailingSince == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailingSince, now), cancellationToken);
        if (gone)
        {
            await disabling.DisableAsync(subscriptionId, "The endpoint answered 410 Gone.", now, cancellationToken);
            return;
        }
        var failingSince = now - options.Value.DisableAfterFailingFor;
        if (await subscription.AnyAsync(s => s.Enabled && s.FailingSince <= failingSince, cancellationToken))
        {
            await disabling.DisableAsync(subscriptionId,
                $"No successful delivery for {options.Value.DisableAfterFailingFor.TotalDays:0.#} days.", now, cancellationToken);
        }
    }
}
