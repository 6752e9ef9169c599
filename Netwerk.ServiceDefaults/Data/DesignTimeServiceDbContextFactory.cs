using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Netwerk.ServiceDefaults.Data;

/// <summary>Lets `dotnet ef migrations add` build a service's model without starting it or a database.</summary>
public abstract class DesignTimeServiceDbContextFactory<TDbContext> : IDesignTimeDbContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>();
        options.UseServiceConventions(NpgsqlDataSource.Create("Host=localhost"));
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options.Options)!;
    }
}
