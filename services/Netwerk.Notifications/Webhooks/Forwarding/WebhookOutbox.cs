using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Delivery;

namespace Netwerk.Notifications.Webhooks.Forwarding;

/// <summary>Stores a message and one delivery per enabled subscription to its type, in the caller's transaction: the
/// integration event is acknowledged only after they are committed, so nothing is lost between broker and partner.</summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>The number of deliveries created.</returns>
    public static async Task<int> EnqueueAsync<TData>(NotificationsDbContext db, string type, TData data, DateTimeOffset occurredAt, Guid? sourceEventId,
        DateTimeOffset now, CancellationToken cancellationToken, Guid? subjectMemberId = null, Guid? onlySubscriptionId = null)
    {
        var subscriptions = onlySubscriptionId is { } only
            ? [only]
            : await db.WebhookSubscriptions.Where(s => s.Enabled && s.EventTypes.Contains(type)).Select(s => s.Id).ToListAsync(cancellationToken);
        if (subscriptions.Count == 0) return 0;

        var message = new WebhookMessage
        {
            Id = Guid.CreateVersion7(now),
            Type = type,
            Body = JsonSerializer.Serialize(new { type, timestamp = occurredAt.ToUniversalTime(), data }, Json),
            CreatedAt = now,
            SourceEventId = sourceEventId,
            SubjectMemberId = subjectMemberId,
            TraceParent = Activity.Current?.Id,
        };
        db.WebhookMessages.Add(message);
        foreach (var subscriptionId in subscriptions)
        {
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = Guid.CreateVersion7(now),
                MessageId = message.Id,
                SubscriptionId = subscriptionId,
                Status = DeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
        return subscriptions.Count;
    }
}
