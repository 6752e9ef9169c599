using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Search over <see cref="Documents"/> documents: typical queries (single words, two words that need Dutch
/// stemming, a phrase, a query with a tag or theme filter, the plain newest-first list), asked by a member (who sees
/// public, members' and their groups' documents) from <see cref="Concurrency"/> clients at once, through the gateway
/// and directly, alternating. Latency is per request, from send to the last byte of the answer.</summary>
internal sealed class DocumentSearch(BenchmarkPlatform platform, int documents, int requests, int concurrency, int runs)
{
    private readonly StrongBox<int> _failures = new();

    public int Documents => documents;
    /// <summary>Searches that did not answer 2xx; a run with any is reported as failed.</summary>
    public int Failures => _failures.Value;
    public int Concurrency => concurrency;

    public static readonly string[] Queries =
    [
        "q=privacy", "q=schoolafspraken", "q=informatiebeveiliging%20beleid", "q=privacy%20verwerkersovereenkomst",
        "q=datalek", "q=%22passend%20onderwijs%22", "q=wachtwoordbeleid&theme=security", "q=jaarplanning&tag=kwaliteitmonitor",
        "theme=privacy", "", "q=overstapdossier%20leerling", "q=toetsanalyse",
    ];
    private static readonly string[] Paths = [.. Queries.Select(query => $"/api/documents?{query}")];

    public async Task<(TimeSpan Load, IReadOnlyList<QueryLoad.Run> Runs)> RunAsync(TextWriter output)
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
        var results = await QueryLoad.GatewayAndDirectAsync(client, platform.Gateway.Address, platform.Documents.Address, Paths, requests, concurrency,
            runs, _failures, output);
        return (loading.Elapsed, results);
    }
}
