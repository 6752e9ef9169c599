using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Netwerk.ServiceDefaults.Data;

/// <summary>How every service's DbContext talks to PostgreSQL: snake_case names and one migrations history table
/// name, the same at run time and when `dotnet ef` builds the model.</summary>
public static class ServiceDbContextConventions
{
    public static DbContextOptionsBuilder UseServiceConventions(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
