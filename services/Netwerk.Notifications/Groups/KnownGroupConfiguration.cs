using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Notifications.Groups;

internal sealed class KnownGroupConfiguration : IEntityTypeConfiguration<KnownGroup>
{
    public void Configure(EntityTypeBuilder<KnownGroup> group)
    {
        group.ToTable("working_groups");
        group.HasKey(g => g.Id);
        group.Property(g => g.Name).HasMaxLength(200);
    }
}
