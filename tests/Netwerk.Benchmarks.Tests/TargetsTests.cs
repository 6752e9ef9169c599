using Netwerk.Benchmarks.Measurement;

namespace Netwerk.Benchmarks.Tests;

public sealed class TargetsTests
{
    [Fact]
    public void A_ratio_met_at_every_connection_count_is_met_and_one_short_names_where_and_by_how_much()
    {
        var targets = new Targets();

        var directMet = targets.AtLeast("gateway ≥ 0.7 × direct", 0.7, [("1", 0.83), ("16", 0.71)], "F2", "connections");
        var nginxMet = targets.AtLeast("gateway ≥ 0.9 × nginx", 0.9, [("1", 0.87), ("16", 0.93), ("64", 0.837)], "F2", "connections");

        var report = targets.Render();
        Assert.Contains("| gateway ≥ 0.7 × direct | 0.83 / 0.71 at 1 / 16 connections | met |", report);
        Assert.Contains("| gateway ≥ 0.9 × nginx | 0.87 / 0.93 / 0.84 at 1 / 16 / 64 connections | **missed** at 1 (−3 %), at 64 (−7 %) |", report);
        Assert.True(directMet);
        Assert.False(nginxMet);
    }

    [Fact]
    public void A_limit_that_must_stay_under_is_missed_on_reaching_it_and_one_that_may_be_reached_is_not()
    {
        var targets = new Targets();

        targets.Under("p95 < 50 ms", 50, [("gateway", 50.0), ("direct", 32.6)], "F1");
        targets.AtMost("added p50 ≤ 0.5 ms", 0.5, [("", 0.5)], "F2");
        targets.Under("webhook p95 < 100 ms", 100, [("", 112.0)], "F1");

        var report = targets.Render();
        Assert.Contains("| p95 < 50 ms | 50.0 / 32.6 at gateway / direct | **missed** at gateway (+0 %) |", report);
        Assert.Contains("| added p50 ≤ 0.5 ms | 0.50 | met |", report);
        Assert.Contains("| webhook p95 < 100 ms | 112.0 | **missed** (+12 %) |", report);
    }

    [Fact]
    public void Every_target_met_and_nothing_to_explain_reads_as_such()
    {
        var targets = new Targets();

        targets.Holds("exactly 1,000 confirmed", "1000 confirmed in 3 runs", met: true);
        var met = targets.AtLeast("≥ 1,000 deliveries/s", 1_000, [("", 2_485.0)], "F0");

        Assert.True(met);
        Assert.DoesNotContain("missed", targets.Render());
    }

    [Fact]
    public void A_target_that_does_not_hold_is_missed_and_its_explanation_follows_the_table()
    {
        var targets = new Targets();

        targets.Holds("exactly 1,000 confirmed", "1001 confirmed", met: false);
        targets.Explain("Two members took the last seat.");

        var report = targets.Render();
        Assert.Contains("| exactly 1,000 confirmed | 1001 confirmed | **missed** |", report);
        Assert.True(report.IndexOf("Two members took the last seat.", StringComparison.Ordinal) > report.IndexOf("| exactly", StringComparison.Ordinal));
    }
}
