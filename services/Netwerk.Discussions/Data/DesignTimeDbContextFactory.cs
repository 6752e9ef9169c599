using Netwerk.ServiceDefaults.Data;

namespace Netwerk.Discussions.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<DiscussionsDbContext>;
