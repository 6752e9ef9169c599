using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Groups;
using Netwerk.Events.Members;
using Netwerk.Events.Registrations;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging;

namespace Netwerk.Events.Data;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    public DbSet<NetworkEvent> Events => Set<NetworkEvent>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<KnownMember> KnownMembers => Set<KnownMember>();
    public DbSet<KnownGroup> KnownGroups => Set<KnownGroup>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
