namespace Netwerk.Testing;

/// <summary>Waits for something asynchronous (a message crossing the broker) to become true, with a deadline
/// generous enough for a loaded two-core machine: the assertion is the state, never the time it took.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var value = await probe();
        while (!until(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await probe();
        }
        return value;
    }
}
