using System.Runtime.InteropServices;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Netwerk.Benchmarks.Scenarios;

namespace Netwerk.Benchmarks;

/// <summary>Starts the platform in Release against real servers, runs the scenarios and prints their figures with
/// the method and the machine, in Markdown (for the README).</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = Options(args);
        int Option(string name, int fallback) => options.TryGetValue(name, out var value) && int.TryParse(value, out var number) ? number : fallback;
        var (members, seats, connections, runs) = (Option("members", 5_000), Option("seats", 1_000), Option("connections", 256), Option("runs", 3));

        output.WriteLine($"# Netwerk benchmarks — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; services in Release.");
        output.WriteLine();
        await using var platform = await BenchmarkPlatform.StartAsync();

        output.WriteLine($"## Registration rush: {members} members for {seats} seats, all at once, {connections} connections");
        var rush = new RegistrationRush(platform, members, seats, connections, runs);
        var results = await rush.RunAsync(output);
        output.WriteLine();
        output.WriteLine("| via | registrations/s (median) | p50 ms | p95 ms | p99 ms | confirmed | waitlisted |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var via in results.GroupBy(r => r.Via))
        {
            output.WriteLine($"| {via.Key} | {Median.Of(via.Select(r => r.RegistrationsPerSecond)):F0} | {Median.Of(via.Select(r => r.Latency.P50)):F0} | " +
                $"{Median.Of(via.Select(r => r.Latency.P95)):F0} | {Median.Of(via.Select(r => r.Latency.P99)):F0} | " +
                $"{string.Join("/", via.Select(r => r.Confirmed).Distinct())} | {string.Join("/", via.Select(r => r.Waitlisted).Distinct())} |");
        }
        output.WriteLine();
        output.WriteLine($"Memory after the runs: events {platform.Events.WorkingSetMiB:F0} MiB, gateway {platform.Gateway.WorkingSetMiB:F0} MiB (working set).");
        return results.Any(r => r.Failed > 0) ? 1 : 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }
}
