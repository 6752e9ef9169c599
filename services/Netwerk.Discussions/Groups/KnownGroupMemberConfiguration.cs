using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Groups;

internal sealed class KnownGroupMemberConfiguration : IEntityTypeConfiguration<KnownGroupMember>
{
    public void Configure(EntityTypeBuilder<KnownGroupMember> member)
    {
        member.ToTable("group_members");
        member.HasKey(m => new { m.MemberId, m.GroupId });
    }
}
