using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Documents.Members;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> author)
    {
        author.ToTable("authors");
        author.HasKey(a => a.MemberId);
        author.Property(a => a.DisplayName).HasMaxLength(200);
    }
}
