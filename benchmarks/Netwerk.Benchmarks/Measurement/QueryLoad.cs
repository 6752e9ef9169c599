using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Netwerk.Benchmarks.Measurement;

/// <summary>Asks <c>count</c> GETs of a set of paths in turn from <c>concurrency</c> clients at once and times each from
/// send to the answer's last byte; a search scenario's one measurement.</summary>
internal static class QueryLoad
{
    public sealed record Run(string Via, double RequestsPerSecond, LatencySummary Latency, IReadOnlyDictionary<string, LatencySummary> PerPath);

    /// <summary>After a warm-up (JIT, pools, the database's caches), <paramref name="runs"/> rounds through the gateway
    /// and directly, their order alternating, each printed as it ends.</summary>
    public static async Task<List<Run>> GatewayAndDirectAsync(HttpClient client, Uri gateway, Uri direct, IReadOnlyList<string> paths, int requests,
        int concurrency, int runs, StrongBox<int> failures, TextWriter output)
    {
        await MeasureAsync(client, gateway, paths, 200, concurrency, failures);
        var results = new List<Run>();
        for (var run = 0; run < runs; run++)
        {
            var order = run % 2 == 0 ? new[] { ("gateway", gateway), ("direct", direct) } : new[] { ("direct", direct), ("gateway", gateway) };
            foreach (var (via, address) in order)
            {
                var result = await MeasureAsync(client, address, paths, requests, concurrency, failures) with { Via = via };
                results.Add(result);
                output.WriteLine($"  run {run + 1} via {via,-7}: {result.RequestsPerSecond,6:F0} requests/s, p50 {result.Latency.P50,5:F1} ms, " +
                    $"p95 {result.Latency.P95,5:F1} ms, p99 {result.Latency.P99,5:F1} ms");
            }
        }
        return results;
    }

    /// <summary>Measures; every answer that is not 2xx is counted in <paramref name="failures"/> and printed.</summary>
    public static async Task<Run> MeasureAsync(HttpClient client, Uri address, IReadOnlyList<string> paths, int count, int concurrency,
        StrongBox<int> failures)
    {
        var latencies = new double[count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var path = paths[i % paths.Count];
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(address, path));
                await response.Content.ReadAsByteArrayAsync();
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures.Value);
                    Console.Error.WriteLine($"{path} via {address}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var perPath = Enumerable.Range(0, count).GroupBy(i => paths[i % paths.Count])
            .ToDictionary(g => g.Key, g => LatencySummary.From(g.Select(i => latencies[i])));
        return new Run("", count / elapsed.TotalSeconds, LatencySummary.From(latencies), perPath);
    }
}
