using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.Preferences;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> preference)
    {
        preference.HasKey(p => new { p.MemberId, p.Category });
        preference.Property(p => p.Category).HasMaxLength(32);
        preference.Property(p => p.Email).HasConversion<string>().HasMaxLength(16);
    }
}
