using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Netwerk.ServiceDefaults.Data;

/// <summary>Part of `/health`: the database has every migration this version knows. A version started before its
/// migration step ran (or against the wrong database) reports not ready, so no load balancer sends it requests it would
/// answer with errors; once the migrations are in, it is remembered and costs nothing more.</summary>
public sealed class MigratedDatabaseCheck<TDbContext>(IServiceScopeFactory scopes) : IHealthCheck where TDbContext : DbContext
{
    private volatile bool _migrated;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_migrated) return HealthCheckResult.Healthy();
        await using var scope = scopes.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied, the first {pending[0]}: run the service with `migrate` first.");
        }
        _migrated = true;
        return HealthCheckResult.Healthy();
    }
}
