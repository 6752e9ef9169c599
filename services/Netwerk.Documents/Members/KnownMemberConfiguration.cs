using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Documents.Members;

internal sealed class KnownMemberConfiguration : IEntityTypeConfiguration<KnownMember>
{
    public void Configure(EntityTypeBuilder<KnownMember> member)
    {
        // The table and column names of the first migration: documents name their author through it.
        member.ToTable("authors");
        member.HasKey(m => m.MemberId);
        member.Property(m => m.DisplayName).HasMaxLength(200);
        member.Property(m => m.AsOf).HasColumnName("name_as_of");
    }
}
