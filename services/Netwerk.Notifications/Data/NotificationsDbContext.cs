using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging;
using Netwerk.Notifications.InApp;

namespace Netwerk.Notifications.Data;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
