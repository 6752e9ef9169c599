using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Membership.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.ActorName).HasMaxLength(200);
        entry.Property(e => e.ClientId).HasMaxLength(200);
        entry.Property(e => e.ClientAddress).HasMaxLength(64);
        entry.Property(e => e.Service).HasMaxLength(40);
        entry.Property(e => e.Action).HasMaxLength(80);
        entry.Property(e => e.TargetType).HasMaxLength(40);
        entry.Property(e => e.TargetId).HasMaxLength(200);
        entry.Property(e => e.TargetName).HasMaxLength(300);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        // The log reads newest first, whole or narrowed to one actor or one target; retention deletes from the old end.
        entry.HasIndex(e => new { e.OccurredAt, e.Id });
        entry.HasIndex(e => new { e.ActorId, e.OccurredAt });
        entry.HasIndex(e => new { e.TargetType, e.TargetId, e.OccurredAt });
    }
}
