using Netwerk.ServiceDefaults.Data;

namespace Netwerk.Notifications.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<NotificationsDbContext>;
