using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.InApp;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.HasKey(n => n.Id);
        notification.Property(n => n.RecipientRole).HasMaxLength(32);
        notification.Property(n => n.Category).HasMaxLength(32);
        notification.Property(n => n.Title).HasMaxLength(200);
        notification.Property(n => n.Body).HasMaxLength(2000);
        notification.Property(n => n.Link).HasMaxLength(500);
        // The inbox reads newest first per recipient.
        notification.HasIndex(n => new { n.RecipientMemberId, n.CreatedAt });
        notification.HasIndex(n => new { n.RecipientRole, n.CreatedAt });
        notification.HasIndex(n => n.AboutMemberId);
    }
}
