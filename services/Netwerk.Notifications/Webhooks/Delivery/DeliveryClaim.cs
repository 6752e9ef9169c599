using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>A delivery this dispatcher holds, with what the call needs.</summary>
public sealed record ClaimedDelivery(WebhookDelivery Delivery, string Url, IReadOnlyList<string> Secrets);

/// <summary>Takes due deliveries under a lease in one statement. Rows are locked with `FOR UPDATE SKIP LOCKED`, so two
/// dispatchers (two replicas) never take the same one; per subscription no more are taken than its free places
/// (the limit minus the leases already out, wherever they are), so one slow endpoint fills its own places and no
/// others; across subscriptions the longest waiting go first.</summary>
public static class DeliveryClaim
{
    public static async Task<List<ClaimedDelivery>> TakeAsync(NotificationsDbContext db, WebhookDeliveryOptions options, int maximum,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var leaseUntil = now + options.Lease;
        // A lease lost in a database crash only lets the delivery be claimed again, so the claim need not wait for the
        // disk: without that wait a place is back in use sooner.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", cancellationToken);
        var ids = await db.Database.SqlQuery<Guid>($"""
            UPDATE webhook_deliveries d SET leased_until = {leaseUntil}
            FROM (
                SELECT c.id FROM webhook_subscriptions s
                CROSS JOIN LATERAL (
                    SELECT x.id, x.next_attempt_at FROM webhook_deliveries x
                    WHERE x.subscription_id = s.id AND x.status = 'Pending' AND x.next_attempt_at <= {now}
                      AND (x.leased_until IS NULL OR x.leased_until <= {now})
                    ORDER BY x.next_attempt_at
                    LIMIT GREATEST({options.MaximumInFlightPerSubscription}
                        - (SELECT count(*) FROM webhook_deliveries f WHERE f.subscription_id = s.id AND f.leased_until > {now}), 0)
                    FOR UPDATE OF x SKIP LOCKED
                ) c
                WHERE s.enabled
                ORDER BY c.next_attempt_at
                LIMIT {maximum}
            ) claimed
            WHERE d.id = claimed.id
            RETURNING d.id AS "Value"
            """).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (ids.Count == 0) return [];

        var deliveries = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Message)
            .Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        var subscriptionIds = deliveries.Select(d => d.SubscriptionId).Distinct().ToList();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => subscriptionIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return deliveries
            .Select(d => new ClaimedDelivery(d, subscriptions[d.SubscriptionId].Url, subscriptions[d.SubscriptionId].SigningSecrets(now)))
            .ToList();
    }
}
