using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Membership.Members;

namespace Netwerk.Membership.Account.Links;

internal sealed class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> link)
    {
        link.ToTable("account_links");
        link.Property(l => l.Purpose).HasConversion<string>().HasMaxLength(16);
        link.HasIndex(l => l.SecretHash).IsUnique();
        link.HasIndex(l => new { l.MemberId, l.Purpose });
        link.Property(l => l.NewEmail).HasMaxLength(MemberLimits.Email);
        link.HasOne<Member>().WithMany().HasForeignKey(l => l.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
