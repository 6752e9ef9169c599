using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.Email;

internal sealed class PendingEmailConfiguration : IEntityTypeConfiguration<PendingEmail>
{
    public void Configure(EntityTypeBuilder<PendingEmail> email)
    {
        email.HasKey(e => e.Id);
        email.Property(e => e.ToAddress).HasMaxLength(320);
        email.Property(e => e.Category).HasMaxLength(32);
        email.Property(e => e.Title).HasMaxLength(200);
        email.Property(e => e.Body).HasMaxLength(2000);
        email.Property(e => e.Link).HasMaxLength(500);
        email.HasIndex(e => e.DueAt);
        email.HasIndex(e => e.MemberId);
    }
}
