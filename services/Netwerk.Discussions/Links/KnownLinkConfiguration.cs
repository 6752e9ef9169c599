using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Links;

internal sealed class KnownLinkConfiguration : IEntityTypeConfiguration<KnownDocument>, IEntityTypeConfiguration<KnownEvent>
{
    public void Configure(EntityTypeBuilder<KnownDocument> document)
    {
        document.ToTable("known_documents");
        document.Property(d => d.Id).ValueGeneratedNever();
        document.Property(d => d.Title).HasMaxLength(300);
        document.Property(d => d.Visibility).HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<KnownEvent> networkEvent)
    {
        networkEvent.ToTable("known_events");
        networkEvent.Property(e => e.Id).ValueGeneratedNever();
        networkEvent.Property(e => e.Title).HasMaxLength(300);
        networkEvent.Property(e => e.TimeZone).HasMaxLength(64);
    }
}
