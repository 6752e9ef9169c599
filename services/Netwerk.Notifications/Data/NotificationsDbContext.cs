using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging;
using Netwerk.Notifications.Email;
using Netwerk.Notifications.Groups;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Members;
using Netwerk.Notifications.Preferences;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.Notifications.Webhooks.Subscriptions;

namespace Netwerk.Notifications.Data;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<KnownMember> KnownMembers => Set<KnownMember>();
    public DbSet<PendingEmail> PendingEmails => Set<PendingEmail>();
    public DbSet<KnownGroup> KnownGroups => Set<KnownGroup>();
    public DbSet<KnownGroupMember> KnownGroupMembers => Set<KnownGroupMember>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookMessage> WebhookMessages => Set<WebhookMessage>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
