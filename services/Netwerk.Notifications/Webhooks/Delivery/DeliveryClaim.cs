using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Subscriptions;
using Npgsql;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>A delivery this dispatcher holds, with what the call needs.</summary>
public sealed record ClaimedDelivery(WebhookDelivery Delivery, string Url, IReadOnlyList<string> Secrets);

/// <summary>Takes due deliveries under a lease in one statement. Rows are locked with `FOR UPDATE SKIP LOCKED`, so two
/// dispatchers (two replicas) never take the same one; per subscription no more are taken than its free places
/// (the limit minus the leases already out, wherever they are), so one slow endpoint fills its own places and no
/// others; across subscriptions the longest waiting go first.</summary>
public static class DeliveryClaim
{
    // One round trip: the lease, the message and the endpoint come back together. A lease lost in a database crash only
    // lets the delivery be claimed again, so its commit need not wait for the disk (set_config(…, true) is SET LOCAL
    // for this statement's own transaction); without that wait a place is back in use sooner.
    private const string Sql = """
        WITH no_wait AS (SELECT set_config('synchronous_commit', 'off', true)),
        claimed AS (
            UPDATE webhook_deliveries d SET leased_until = @lease_until
            FROM (
                SELECT c.id FROM webhook_subscriptions s
                CROSS JOIN LATERAL (
                    SELECT x.id, x.next_attempt_at FROM webhook_deliveries x
                    WHERE x.subscription_id = s.id AND x.status = 'Pending' AND x.next_attempt_at <= @now
                      AND (x.leased_until IS NULL OR x.leased_until <= @now)
                    ORDER BY x.next_attempt_at
                    LIMIT GREATEST(@per_subscription
                        - (SELECT count(*) FROM webhook_deliveries f WHERE f.subscription_id = s.id AND f.leased_until > @now), 0)
                    FOR UPDATE OF x SKIP LOCKED
                ) c
                WHERE s.enabled
                ORDER BY c.next_attempt_at
                LIMIT @maximum
            ) due
            WHERE d.id = due.id
            RETURNING d.id, d.message_id, d.subscription_id, d.status, d.attempt_count, d.failures_this_round, d.next_attempt_at,
                      d.leased_until, d.created_at
        )
        SELECT c.id, c.message_id, c.subscription_id, c.status, c.attempt_count, c.failures_this_round, c.next_attempt_at, c.leased_until,
               c.created_at, m.type, m.body, m.created_at, m.source_event_id, m.subject_member_id, m.trace_parent,
               s.url, s.secret, s.previous_secret, s.previous_secret_expires_at
        FROM claimed c
        JOIN webhook_messages m ON m.id = c.message_id
        JOIN webhook_subscriptions s ON s.id = c.subscription_id
        CROSS JOIN no_wait
        """;

    public static async Task<List<ClaimedDelivery>> TakeAsync(NotificationsDbContext db, WebhookDeliveryOptions options, int maximum,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.Parameters.Add(new NpgsqlParameter("lease_until", now + options.Lease));
            command.Parameters.Add(new NpgsqlParameter("now", now));
            command.Parameters.Add(new NpgsqlParameter("per_subscription", options.MaximumInFlightPerSubscription));
            command.Parameters.Add(new NpgsqlParameter("maximum", maximum));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var claimed = new List<ClaimedDelivery>();
            while (await reader.ReadAsync(cancellationToken)) claimed.Add(Read(reader, now));
            return claimed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static ClaimedDelivery Read(DbDataReader row, DateTimeOffset now)
    {
        var message = new WebhookMessage
        {
            Id = row.GetGuid(1),
            Type = row.GetString(9),
            Body = row.GetString(10),
            CreatedAt = row.GetFieldValue<DateTimeOffset>(11),
            SourceEventId = row.IsDBNull(12) ? null : row.GetGuid(12),
            SubjectMemberId = row.IsDBNull(13) ? null : row.GetGuid(13),
            TraceParent = row.IsDBNull(14) ? null : row.GetString(14),
        };
        var delivery = new WebhookDelivery
        {
            Id = row.GetGuid(0),
            MessageId = message.Id,
            Message = message,
            SubscriptionId = row.GetGuid(2),
            Status = Enum.Parse<DeliveryStatus>(row.GetString(3)),
            AttemptCount = row.GetInt32(4),
            FailuresThisRound = row.GetInt32(5),
            NextAttemptAt = row.IsDBNull(6) ? null : row.GetFieldValue<DateTimeOffset>(6),
            LeasedUntil = row.IsDBNull(7) ? null : row.GetFieldValue<DateTimeOffset>(7),
            CreatedAt = row.GetFieldValue<DateTimeOffset>(8),
        };
        var secrets = WebhookSubscription.SigningSecrets(row.GetString(16), row.IsDBNull(17) ? null : row.GetString(17),
            row.IsDBNull(18) ? null : row.GetFieldValue<DateTimeOffset>(18), now);
        return new ClaimedDelivery(delivery, row.GetString(15), secrets);
    }
}
