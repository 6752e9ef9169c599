using Microsoft.Extensions.Logging;

namespace Netwerk.Messaging.Background;

/// <summary>The loop of every worker that takes its work in batches (the outbox dispatcher, the reminder scheduler,
/// text extraction): take a batch; while batches come back full, go again at once; otherwise wait (for a signal or
/// the poll interval). A batch that fails is logged and tried again after the wait: the database may be away, and the
/// loop must outlive that.</summary>
public static class BatchLoop
{
    /// <param name="takeBatch">Does one batch; true when it was full, so more may be waiting.</param>
    /// <param name="wait">Waits until the next batch is worth taking.</param>
    /// <param name="work">What the loop does, for the log ("Outbox dispatch of EventsDbContext").</param>
    public static async Task RunAsync(Func<CancellationToken, Task<bool>> takeBatch, Func<CancellationToken, Task> wait, ILogger logger,
        string work, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await takeBatch(stoppingToken)) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "{Work} failed; trying again", work);
            }

            try
            {
                await wait(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
