using Netwerk.Messaging.Data;

namespace Netwerk.Events.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<EventsDbContext>;
