using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Netwerk.Events.Groups;

namespace Netwerk.Events.Scheduling;

internal sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 20_000;
    public const int LocationLength = 300;
    public const int UrlLength = 2_000;
    public const int TimeZoneLength = 64;
    public const int MaximumCapacity = 100_000;

    public void Configure(EntityTypeBuilder<NetworkEvent> networkEvent)
    {
        networkEvent.ToTable("network_events");
        networkEvent.Property(e => e.Title).HasMaxLength(TitleLength);
        networkEvent.Property(e => e.Description).HasMaxLength(DescriptionLength);
        networkEvent.Property(e => e.TimeZone).HasMaxLength(TimeZoneLength);
        networkEvent.Property(e => e.Location).HasMaxLength(LocationLength);
        networkEvent.Property(e => e.OnlineUrl).HasMaxLength(UrlLength);
        networkEvent.Property(e => e.Status).HasMaxLength(20);
        networkEvent.HasOne<KnownGroup>().WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.SetNull);
        // The list and the calendar feed ask "what starts from here on?"; the reminder scheduler asks "what starts
        // soon and has had no reminder?".
        networkEvent.HasIndex(e => new { e.StartsAt, e.Id });
        networkEvent.HasIndex(e => e.StartsAt).HasFilter("reminder_sent_at IS NULL AND status = 'scheduled'")
            .HasDatabaseName("ix_network_events_reminder_due");
    }
}
