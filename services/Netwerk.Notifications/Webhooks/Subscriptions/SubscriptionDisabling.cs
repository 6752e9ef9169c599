using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>Switches a subscription off because its endpoint is gone or has failed too long, and says so: the reason
/// on the subscription (its owner reads it through the API), a notice to the network's administrators, and an
/// e-mail to the partner's contact address when they gave one. Deliveries still waiting stay waiting; enabling the
/// subscription again resumes them.</summary>
public sealed class SubscriptionDisabling(NotificationsDbContext db, OwnerNotices notices)
{
    public async Task DisableAsync(Guid subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = await db.WebhookSubscriptions.Where(s => s.Id == subscriptionId && s.Enabled)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Enabled, false)
                .SetProperty(x => x.DisabledReason, reason)
                .SetProperty(x => x.DisabledAt, now), cancellationToken);
        if (changed == 0) return;

        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == subscriptionId, cancellationToken);
        notices.SubscriptionDisabled(subscription, reason);
    }
}
