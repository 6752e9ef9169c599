namespace Netwerk.Benchmarks.Scenarios;

/// <summary>The gateway scenario's figures at one connection count.</summary>
internal sealed record GatewayFigures(int Connections, IReadOnlyList<GatewayOverhead.Measurement> Measured)
{
    public double MedianOf(string via, Func<GatewayOverhead.Measurement, double> value) =>
        Measurement.Median.Of(Measured.Where(r => r.Via == via).Select(value));

    /// <summary><paramref name="via"/>'s requests/s over <paramref name="other"/>'s within each run (the ways measured
    /// one after the other), over the runs.</summary>
    public Ratios Ratio(string via, string other) => new(Measured.GroupBy(r => r.Run)
        .Select(run => run.Single(r => r.Via == via).RequestsPerSecond / run.Single(r => r.Via == other).RequestsPerSecond)
        .ToList());

    /// <summary>One ratio per run: reported as their median, with the lowest and highest run in brackets.</summary>
    public sealed record Ratios(IReadOnlyList<double> PerRun)
    {
        public double Median => Measurement.Median.Of(PerRun);
        public string Range => $"{PerRun.Min():F2}–{PerRun.Max():F2}";
        public override string ToString() => $"{Median:F2} ({Range})";
    }
}
