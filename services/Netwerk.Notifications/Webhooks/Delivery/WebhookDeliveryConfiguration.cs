using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Notifications.Webhooks.Subscriptions;

namespace Netwerk.Notifications.Webhooks.Delivery;

internal sealed class WebhookDeliveryConfiguration :
    IEntityTypeConfiguration<WebhookMessage>, IEntityTypeConfiguration<WebhookDelivery>, IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookMessage> message)
    {
        message.HasKey(m => m.Id);
        message.Property(m => m.Type).HasMaxLength(64);
        message.Property(m => m.TraceParent).HasMaxLength(64);
        message.Ignore(m => m.WebhookId);
        message.HasIndex(m => m.SubjectMemberId);
        message.HasIndex(m => m.CreatedAt);
    }

    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.HasKey(d => d.Id);
        delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        delivery.HasOne(d => d.Message).WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasMany(d => d.Attempts).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasIndex(d => new { d.MessageId, d.SubscriptionId }).IsUnique();
        // The dispatcher's claim: due deliveries of one subscription in order, and the ones in flight per subscription.
        delivery.HasIndex(d => new { d.SubscriptionId, d.NextAttemptAt }).HasFilter("status = 'Pending'").HasDatabaseName("ix_webhook_deliveries_due");
        delivery.HasIndex(d => d.SubscriptionId).HasFilter("leased_until IS NOT NULL").HasDatabaseName("ix_webhook_deliveries_leased");
        // The delivery log, newest first.
        delivery.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<WebhookAttempt> attempt)
    {
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Response).HasMaxLength(WebhookAttempt.MaximumResponseChars);
        attempt.Property(a => a.Error).HasMaxLength(1000);
        attempt.HasIndex(a => new { a.DeliveryId, a.Number });
        attempt.HasIndex(a => a.StartedAt);
    }
}
