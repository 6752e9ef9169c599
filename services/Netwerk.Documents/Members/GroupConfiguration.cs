using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Documents.Members;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<KnownGroup>, IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<KnownGroup> group)
    {
        group.ToTable("known_groups");
        group.Property(g => g.Id).ValueGeneratedNever();
        group.Property(g => g.Name).HasMaxLength(120);
    }

    public void Configure(EntityTypeBuilder<GroupMember> member)
    {
        member.ToTable("group_members");
        member.HasKey(m => new { m.MemberId, m.GroupId });
    }
}
