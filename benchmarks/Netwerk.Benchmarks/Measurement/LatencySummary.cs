namespace Netwerk.Benchmarks.Measurement;

/// <summary>Percentiles of a set of request latencies (nearest rank), in milliseconds.</summary>
internal sealed record LatencySummary(double P50, double P95, double P99, double Max)
{
    public static LatencySummary From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return new LatencySummary(0, 0, 0, 0);
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}
