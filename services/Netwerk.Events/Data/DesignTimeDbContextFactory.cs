using Netwerk.ServiceDefaults.Data;

namespace Netwerk.Events.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<EventsDbContext>;
