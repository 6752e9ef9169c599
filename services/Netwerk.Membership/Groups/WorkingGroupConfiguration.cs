using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Groups;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>, IEntityTypeConfiguration<GroupMembership>
{
    public const int NameLength = 120;
    public const int DescriptionLength = 2000;

    public void Configure(EntityTypeBuilder<WorkingGroup> group)
    {
        group.ToTable("working_groups");
        group.Property(g => g.Name).HasMaxLength(NameLength);
        group.Property(g => g.Description).HasMaxLength(DescriptionLength);
        group.HasIndex(g => g.Name).IsUnique();
        group.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GroupMembership> membership)
    {
        membership.ToTable("group_memberships");
        membership.HasKey(m => new { m.GroupId, m.MemberId });
        membership.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        membership.HasIndex(m => m.MemberId);
    }
}
