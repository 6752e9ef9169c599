using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Membership.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameLength);
        entry.Property(e => e.ClientId).HasMaxLength(AuditEntry.ClientIdLength);
        entry.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.AddressLength);
        entry.Property(e => e.Service).HasMaxLength(AuditEntry.ServiceLength);
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionLength);
        entry.Property(e => e.TargetType).HasMaxLength(AuditEntry.TargetTypeLength);
        entry.Property(e => e.TargetId).HasMaxLength(AuditEntry.TargetIdLength);
        entry.Property(e => e.TargetName).HasMaxLength(AuditEntry.TargetNameLength);
        entry.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailLength);
        // The log reads newest first, whole or narrowed to one actor or one target; retention deletes from the old end.
        entry.HasIndex(e => new { e.OccurredAt, e.Id });
        entry.HasIndex(e => new { e.ActorId, e.OccurredAt });
        entry.HasIndex(e => new { e.TargetType, e.TargetId, e.OccurredAt });
    }
}
