using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Search;

internal sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> word)
    {
        word.ToTable("search_words");
        word.HasKey(w => w.Word);
        word.Property(w => w.Word).HasMaxLength(40);
        word.HasIndex(w => w.Word).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_search_words_trigrams");
    }
}
