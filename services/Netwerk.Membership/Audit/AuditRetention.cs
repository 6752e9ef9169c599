using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Membership.Data;

namespace Netwerk.Membership.Audit;

/// <summary>Deletes audit entries older than the kept period, at start-up and then every purge interval. The only
/// way an entry leaves the log: no endpoint changes or deletes one.</summary>
public sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetention> logger)
    : BackgroundService
{
    /// <returns>How many entries were deleted.</returns>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.Value.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        return await db.Set<AuditEntry>().Where(e => e.OccurredAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                var deleted = await PurgeAsync(stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} audit entries older than {Retention}", deleted, options.Value.Retention);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database away is the health checks' to report; the next round tries again.
                logger.LogWarning(exception, "Purging old audit entries failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
