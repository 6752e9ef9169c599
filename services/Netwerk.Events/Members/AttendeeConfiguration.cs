using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Netwerk.Events.Members;

internal sealed class AttendeeConfiguration : IEntityTypeConfiguration<Attendee>
{
    public void Configure(EntityTypeBuilder<Attendee> attendee)
    {
        attendee.ToTable("attendees");
        attendee.HasKey(a => a.MemberId);
        attendee.Property(a => a.DisplayName).HasMaxLength(200);
    }
}
