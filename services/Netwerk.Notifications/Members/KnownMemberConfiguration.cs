using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.Members;

internal sealed class KnownMemberConfiguration : IEntityTypeConfiguration<KnownMember>
{
    public void Configure(EntityTypeBuilder<KnownMember> member)
    {
        // The table and column names of the first migration, when these rows were called recipients.
        member.ToTable("recipients");
        member.HasKey(m => m.MemberId);
        member.Property(m => m.Email).HasMaxLength(320);
        member.Property(m => m.DisplayName).HasMaxLength(200);
        member.Property(m => m.AsOf).HasColumnName("updated_at");
    }
}
