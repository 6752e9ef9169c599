namespace Netwerk.Documents.Extraction;

/// <summary>Wakes the text extraction worker as soon as an upload is stored, so search sees new text within moments
/// instead of at the next poll.</summary>
public sealed class ExtractionSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; the worker takes everything that waits.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
