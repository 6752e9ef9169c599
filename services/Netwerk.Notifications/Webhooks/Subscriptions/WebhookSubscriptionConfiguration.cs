using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Notifications.Webhooks.Targets;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> subscription)
    {
        subscription.HasKey(s => s.Id);
        subscription.Property(s => s.OwnerClientId).HasMaxLength(200);
        subscription.Property(s => s.Url).HasMaxLength(WebhookTargetRules.MaximumUrlLength);
        subscription.Property(s => s.Description).HasMaxLength(500);
        subscription.Property(s => s.ContactEmail).HasMaxLength(320);
        subscription.Property(s => s.DisabledReason).HasMaxLength(500);
        subscription.Property(s => s.Secret).HasMaxLength(100);
        subscription.Property(s => s.PreviousSecret).HasMaxLength(100);
        subscription.Property(s => s.Revision).IsRowVersion();
        subscription.HasIndex(s => s.OwnerClientId);
    }
}
