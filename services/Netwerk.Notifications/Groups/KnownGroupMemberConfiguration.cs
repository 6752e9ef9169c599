using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.Groups;

internal sealed class KnownGroupMemberConfiguration : IEntityTypeConfiguration<KnownGroupMember>
{
    public void Configure(EntityTypeBuilder<KnownGroupMember> member)
    {
        member.ToTable("group_members");
        member.HasKey(m => new { m.GroupId, m.MemberId });
        member.HasIndex(m => m.MemberId);
        member.Property(m => m.AsOf).HasColumnName("changed_at");
    }
}
