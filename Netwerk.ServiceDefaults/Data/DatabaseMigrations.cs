using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Netwerk.ServiceDefaults.Data;

/// <summary>Migrations run at start-up in Development only (`Database:MigrateAtStartup` says otherwise either way);
/// production runs them as a separate step (`dotnet Netwerk.Membership.dll migrate`) before the new version starts,
/// and until then the version reports not ready (<see cref="MigratedDatabaseCheck{TDbContext}"/>).</summary>
public static class DatabaseMigrations
{
    /// <summary>Applies pending migrations when this run should. Returns true when the process was started only to
    /// migrate, in which case the caller exits instead of serving.</summary>
    public static async Task<bool> MigrateDatabaseAsync<TDbContext>(this WebApplication app, string[] args)
        where TDbContext : DbContext
    {
        var migrateOnly = args.Contains("migrate");
        if (!migrateOnly && !app.Configuration.GetValue("Database:MigrateAtStartup", app.Environment.IsDevelopment()))
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Netwerk.Migrations");
        // The services start together against one server; the first CREATE DATABASE can meet another's. A few
        // patient attempts make start-up order irrelevant.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.MigrateAsync();
                logger.LogInformation("Database of {Context} is up to date", typeof(TDbContext).Name);
                return migrateOnly;
            }
            catch (Exception exception) when (attempt < 10 && exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Migrating {Context} failed (attempt {Attempt}); trying again", typeof(TDbContext).Name, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
