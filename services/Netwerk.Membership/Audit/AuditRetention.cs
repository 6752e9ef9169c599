using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Background;

namespace Netwerk.Membership.Audit;

/// <summary>Deletes audit entries older than the kept period, at start-up and then every purge interval. The only
/// way an entry leaves the log: no endpoint changes or deletes one.</summary>
public sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetention> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BatchLoop.RunAsync(
        async cancellationToken =>
        {
            await PurgeAsync(cancellationToken);
            return false; // one statement deletes every entry that is due: nothing waits for the next round
        },
        cancellationToken => Task.Delay(options.Value.PurgeInterval, clock, cancellationToken),
        logger, "Audit log purge", stoppingToken);

    /// <returns>How many entries were deleted.</returns>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.Value.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var deleted = await db.Set<AuditEntry>().Where(e => e.OccurredAt < before).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} audit entries older than {Retention}", deleted, options.Value.Retention);
        return deleted;
    }
}
