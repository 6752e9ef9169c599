using System.Globalization;

namespace Netwerk.Benchmarks.Measurement;

/// <summary>The performance targets (issue 7), each judged on this run's own figures: what was measured, whether it
/// meets the target and, where it does not, by how much and what the same run shows as the reason. Printed once
/// every scenario is done; the report file carries it under its heading, where a reader looks first.</summary>
internal sealed class Targets
{
    private readonly List<(string Target, string Measured, string Verdict)> _rows = [];
    private readonly List<string> _reasons = [];

    /// <summary>A figure that must reach <paramref name="minimum"/> at every point measured (each connection count,
    /// each path), named in <paramref name="points"/>. Each of these returns whether the target was met, for a caller
    /// that explains a miss.</summary>
    public bool AtLeast(string target, double minimum, IReadOnlyList<(string Where, double Value)> figures, string format, string points = "") =>
        Judge(target, figures, format, points, value => value >= minimum, value => value / minimum - 1);

    /// <summary>A figure that must stay under <paramref name="limit"/> at every point measured.</summary>
    public bool Under(string target, double limit, IReadOnlyList<(string Where, double Value)> figures, string format, string points = "") =>
        Judge(target, figures, format, points, value => value < limit, value => value / limit - 1);

    /// <summary>A figure that may reach <paramref name="maximum"/> but not pass it.</summary>
    public bool AtMost(string target, double maximum, IReadOnlyList<(string Where, double Value)> figures, string format, string points = "") =>
        Judge(target, figures, format, points, value => value <= maximum, value => value / maximum - 1);

    /// <summary>A target that is met or not as a whole (exactly so many confirmed in every run).</summary>
    public void Holds(string target, string measured, bool met) => _rows.Add((target, measured, met ? "met" : "**missed**"));

    /// <summary>Why a target was missed, in the run's own figures.</summary>
    public void Explain(string reason) => _reasons.Add(reason);

    public string Render()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine("## Targets, judged on this run");
        text.WriteLine();
        text.WriteLine("| target | measured | |");
        text.WriteLine("|---|---|---|");
        foreach (var (target, measured, verdict) in _rows) text.WriteLine($"| {target} | {measured} | {verdict} |");
        text.WriteLine();
        foreach (var reason in _reasons)
        {
            text.WriteLine(reason);
            text.WriteLine();
        }
        return text.ToString();
    }

    /// <summary>One row: the figures with where they were measured ("0.83 / 0.71 at 1 / 16 connections") and, for each
    /// one that misses, how far off it is as a share of the target ("at 16 (−7 %)").</summary>
    private bool Judge(string target, IReadOnlyList<(string Where, double Value)> figures, string format, string points,
        Func<double, bool> meets, Func<double, double> distance)
    {
        string Figure(double value) => value.ToString(format, CultureInfo.InvariantCulture);
        string Distance(double value) => distance(value).ToString("+0 %;−0 %", CultureInfo.InvariantCulture);
        var places = figures.Any(f => f.Where.Length > 0) ? $" at {string.Join(" / ", figures.Select(f => f.Where))} {points}".TrimEnd() : "";
        var measured = string.Join(" / ", figures.Select(f => Figure(f.Value))) + places;
        var missed = figures.Where(f => !meets(f.Value)).ToList();
        var verdict = missed.Count == 0
            ? "met"
            : "**missed** " + string.Join(", ", missed.Select(f => f.Where.Length > 0 ? $"at {f.Where} ({Distance(f.Value)})" : $"({Distance(f.Value)})"));
        _rows.Add((target, measured, verdict));
        return missed.Count == 0;
    }
}
