using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Membership.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.ToTable("members");
        member.Property(m => m.Email).HasMaxLength(MemberLimits.Email);
        member.Property(m => m.NormalizedEmail).HasMaxLength(MemberLimits.Email);
        member.HasIndex(m => m.NormalizedEmail).IsUnique();
        member.Property(m => m.DisplayName).HasMaxLength(MemberLimits.DisplayName);
        member.Property(m => m.OrganisationName).HasMaxLength(MemberLimits.OrganisationName);
        member.Property(m => m.Brin).HasMaxLength(6);
        member.Property(m => m.JobTitle).HasMaxLength(MemberLimits.JobTitle);
        member.Property(m => m.Sector).HasMaxLength(5);
        member.Property(m => m.Region).HasMaxLength(MemberLimits.Region);
        member.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        member.Property(m => m.RejectionReason).HasMaxLength(MemberLimits.RejectionReason);
        member.HasIndex(m => new { m.Status, m.RegisteredAt });
    }
}
