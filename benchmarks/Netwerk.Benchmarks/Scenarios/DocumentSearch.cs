using System.Diagnostics;
using System.Net.Http.Headers;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Search over <see cref="Documents"/> documents: typical queries (single words, two words that need Dutch
/// stemming, a phrase, a query with a tag or theme filter, the plain newest-first list), asked by a member (who sees
/// public, members' and their groups' documents) from <see cref="Concurrency"/> clients at once, through the gateway
/// and directly, alternating. Latency is per request, from send to the last byte of the answer.</summary>
internal sealed class DocumentSearch(BenchmarkPlatform platform, int documents, int requests, int concurrency, int runs)
{
    private int _failures;

    public int Documents => documents;
    /// <summary>Searches that did not answer 2xx; a run with any is reported as failed.</summary>
    public int Failures => _failures;
    public int Concurrency => concurrency;

    public static readonly string[] Queries =
    [
        "q=privacy", "q=schoolafspraken", "q=informatiebeveiliging%20beleid", "q=privacy%20verwerkersovereenkomst",
        "q=datalek", "q=%22passend%20onderwijs%22", "q=wachtwoordbeleid&theme=security", "q=jaarplanning&tag=kwaliteitmonitor",
        "theme=privacy", "", "q=overstapdossier%20leerling", "q=toetsanalyse",
    ];

    public sealed record Run(string Via, double RequestsPerSecond, LatencySummary Latency, IReadOnlyDictionary<string, LatencySummary> PerQuery);

    public async Task<(TimeSpan Load, IReadOnlyList<Run> Runs)> RunAsync(TextWriter output)
    {
        var member = Guid.NewGuid();
        var groups = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        var authors = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).Append(member).ToList();
        var loading = Stopwatch.StartNew();
        await SearchCorpus.LoadAsync(platform.Servers.Database("documents"), documents, authors, groups);
        loading.Stop();
        output.WriteLine($"  loaded {documents:N0} documents in {loading.Elapsed.TotalSeconds:F0} s");

        var token = platform.Tokens.Member(member, "Zoekend lid");
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await MeasureAsync(client, platform.Gateway.Address, 200); // warm-up: JIT, pools, the database's caches

        var results = new List<Run>();
        for (var run = 0; run < runs; run++)
        {
            var order = run % 2 == 0 ? new[] { ("gateway", platform.Gateway.Address), ("direct", platform.Documents.Address) }
                                     : new[] { ("direct", platform.Documents.Address), ("gateway", platform.Gateway.Address) };
            foreach (var (via, address) in order)
            {
                var result = await MeasureAsync(client, address, requests) with { Via = via };
                results.Add(result);
                output.WriteLine($"  run {run + 1} via {via,-7}: {result.RequestsPerSecond,6:F0} searches/s, p50 {result.Latency.P50,5:F1} ms, " +
                    $"p95 {result.Latency.P95,5:F1} ms, p99 {result.Latency.P99,5:F1} ms");
            }
        }
        return (loading.Elapsed, results);
    }

    private async Task<Run> MeasureAsync(HttpClient client, Uri address, int count)
    {
        var latencies = new double[count];
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri(address, $"/api/documents?{Queries[i % Queries.Length]}"));
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _failures);
                    Console.Error.WriteLine($"search {Queries[i % Queries.Length]} via {address}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var perQuery = Enumerable.Range(0, count).GroupBy(i => Queries[i % Queries.Length])
            .ToDictionary(g => g.Key, g => LatencySummary.From(g.Select(i => latencies[i])));
        return new Run("", count / elapsed.TotalSeconds, LatencySummary.From(latencies), perQuery);
    }
}
