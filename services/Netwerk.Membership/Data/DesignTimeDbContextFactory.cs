using Netwerk.ServiceDefaults.Data;

namespace Netwerk.Membership.Data;

internal sealed class DesignTimeDbContextFactory : DesignTimeServiceDbContextFactory<MembershipDbContext>;
