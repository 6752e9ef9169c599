namespace Netwerk.ServiceDefaults.Time;

public static class StoredTime
{
    /// <summary>Now, at PostgreSQL's precision (microseconds), so that what a response shows is what a later read
    /// returns.</summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
