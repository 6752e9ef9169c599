using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Events.Members;
using Netwerk.Events.Scheduling;

namespace Netwerk.Events.Registrations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> registration)
    {
        registration.ToTable("registrations");
        registration.Property(r => r.Status).HasMaxLength(20);
        registration.HasOne<NetworkEvent>().WithMany().HasForeignKey(r => r.NetworkEventId).OnDelete(DeleteBehavior.Cascade);
        // A member who leaves takes their name with them; the row stays so that counts stay right.
        registration.HasOne<KnownMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.SetNull);
        // One registration per member and event, even when the same member's requests race.
        registration.HasIndex(r => new { r.NetworkEventId, r.MemberId }).IsUnique();
        // The waiting list in order, and a member's own registrations (erasure, "my events").
        registration.HasIndex(r => new { r.NetworkEventId, r.Status, r.QueueNumber });
        registration.HasIndex(r => r.MemberId);
        // Arrival order is unique within an event: the moderators' list pages by it.
        registration.HasIndex(r => new { r.NetworkEventId, r.QueueNumber }).IsUnique();
    }
}
