using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.Groups;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<WorkingGroup>, IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> group)
    {
        group.HasKey(g => g.Id);
        group.Property(g => g.Name).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<GroupMember> member)
    {
        member.HasKey(m => new { m.GroupId, m.MemberId });
        member.HasIndex(m => m.MemberId);
    }
}
