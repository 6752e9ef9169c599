using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Members;

internal sealed class KnownMemberConfiguration : IEntityTypeConfiguration<KnownMember>, IEntityTypeConfiguration<Approval>,
    IEntityTypeConfiguration<MemberProfile>
{
    public void Configure(EntityTypeBuilder<KnownMember> member)
    {
        member.ToTable("known_members");
        member.HasKey(m => m.MemberId);
        member.Property(m => m.DisplayName).HasMaxLength(200);
        member.Property(m => m.AsOf).HasColumnName("name_as_of");
    }

    public void Configure(EntityTypeBuilder<Approval> approval)
    {
        approval.ToTable("approvals");
        approval.HasKey(a => a.MemberId);
    }

    public void Configure(EntityTypeBuilder<MemberProfile> profile)
    {
        profile.ToTable("member_profiles");
        profile.HasKey(p => p.MemberId);
        profile.Property(p => p.Sector).HasMaxLength(10);
    }
}
