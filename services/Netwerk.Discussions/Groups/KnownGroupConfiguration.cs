using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Discussions.Groups;

internal sealed class KnownGroupConfiguration : IEntityTypeConfiguration<KnownGroup>
{
    public void Configure(EntityTypeBuilder<KnownGroup> group)
    {
        group.ToTable("known_groups");
        group.Property(g => g.Id).ValueGeneratedNever();
        group.Property(g => g.Name).HasMaxLength(120);
    }
}
