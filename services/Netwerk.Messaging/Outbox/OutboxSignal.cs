namespace Netwerk.Messaging.Outbox;

/// <summary>Wakes the dispatcher as soon as a transaction with events commits, so publishing does not wait for
/// the next poll. Polling stays as the safety net (another replica's commit, a missed signal).</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // One pending wake-up is enough: the dispatcher drains everything due when it wakes.
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
