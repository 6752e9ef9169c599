namespace Netwerk.Testing;

/// <summary>The system clock, moved forward on demand: a test can let a closing time or a start pass without
/// waiting for it. Timers still run on real time.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
