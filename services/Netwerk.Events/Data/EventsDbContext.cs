using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging;

namespace Netwerk.Events.Data;

public sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
