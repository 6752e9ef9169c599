using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Netwerk.Membership.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MembershipDbContext>
{
    public MembershipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MembershipDbContext>()
            .UseNpgsql("Host=localhost;Database=membership", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options);
}
