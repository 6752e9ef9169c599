using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.ServiceDefaults.Demo;

/// <summary>A demo seeder that depends on other services' events (the demo members, their working groups): it tries
/// every two seconds until <see cref="SeedAsync"/> says it is done, for ten minutes at most, and tries again after a
/// failure, so a platform that starts its services in any order still ends with its demo network.</summary>
public abstract class PatientDemoSeeder(TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    protected TimeProvider Clock { get; } = clock;

    /// <summary>What is seeded, for the log ("documents").</summary>
    protected abstract string What { get; }

    /// <summary>Seeds what is missing; true when nothing is left to wait for.</summary>
    protected abstract Task<bool> SeedAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var deadline = Clock.Now() + Patience;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SeedAsync(stoppingToken) || Clock.Now() > deadline) return;
                await Task.Delay(TimeSpan.FromSeconds(2), Clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Seeding the demo {What} failed; trying again", What);
                await Task.Delay(TimeSpan.FromSeconds(5), Clock, stoppingToken);
            }
        }
    }
}
