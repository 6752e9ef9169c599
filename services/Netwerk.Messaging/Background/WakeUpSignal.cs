namespace Netwerk.Messaging.Background;

/// <summary>Wakes a worker as soon as there is work for it, so it does not wait for its next poll. Polling stays as
/// the safety net (another replica's work, a missed signal). One pending wake-up is enough: a woken worker drains
/// everything due.</summary>
public abstract class WakeUpSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
