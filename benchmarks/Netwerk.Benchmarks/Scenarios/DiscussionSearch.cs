using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Search and similar threads over <see cref="Posts"/> posts (<see cref="DiscussionCorpus"/>): the cases
/// colleagues type (a Dutch stem, jargon, a word without its accent, the part of a compound, a phrase, filters, the
/// unanswered questions) and the similar threads offered while a title is typed, asked by a member of two working
/// groups from <see cref="Concurrency"/> clients at once, through the gateway and directly, alternating.</summary>
internal sealed class DiscussionSearch(BenchmarkPlatform platform, int posts, int requests, int concurrency, int runs)
{
    private readonly StrongBox<int> _failures = new();

    public int Posts => posts;
    public int Concurrency => concurrency;
    /// <summary>Requests that did not answer 2xx; a run with any is reported as failed.</summary>
    public int Failures => _failures.Value;

    /// <summary>What is asked, and what each case shows.</summary>
    public static readonly (string Path, string Case)[] Requests =
    [
        ("/api/discussions?q=leerlingvolgsystemen", "Dutch stem"),
        ("/api/discussions?q=ParnasSys", "jargon"),
        ("/api/discussions?q=LVS", "abbreviation"),
        ("/api/discussions?q=coordinator", "accent ignored"),
        ("/api/discussions?q=volgsysteem", "part of a compound"),
        ("/api/discussions?q=privacy%20verwerkersovereenkomst", "two words"),
        ("/api/discussions?q=%22passend%20onderwijs%22", "phrase"),
        ("/api/discussions?q=wachtwoordbeleid&kind=question", "word and kind"),
        ("/api/discussions?kind=question&unanswered=true", "unanswered questions"),
        ("/api/discussions?kind=need&sort=votes", "needs by votes"),
        ("/api/discussions", "most recently active"),
        ("/api/discussions/similar?title=Welk%20leerlingvolgsysteem%20gebruiken%20jullie%20met%20ParnasSys", "similar: a title"),
        ("/api/discussions/similar?title=Hoe%20regelen%20jullie%20het%20wachtwoordbeleid%20op%20school", "similar: a title"),
        ("/api/discussions/similar?title=Ervaringen%20met%20Chromebooks", "similar: a short title"),
    ];

    public async Task<IReadOnlyList<QueryLoad.Run>> RunAsync(TextWriter output)
    {
        var member = Guid.NewGuid();
        var groups = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        var authors = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid()).Append(member).ToList();
        var loading = Stopwatch.StartNew();
        var threads = await DiscussionCorpus.LoadAsync(platform.Servers.Database("discussions"), posts, authors, groups);
        await DiscussionCorpus.JoinAsync(platform.Servers.Database("discussions"), member, groups.Take(2));
        loading.Stop();
        output.WriteLine($"  loaded {posts:N0} posts ({threads:N0} threads, {posts - threads:N0} replies) in {loading.Elapsed.TotalSeconds:F0} s");

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", platform.Tokens.Member(member, "Zoekend lid"));
        return await QueryLoad.GatewayAndDirectAsync(client, platform.Gateway.Address, platform.Discussions.Address, [.. Requests.Select(r => r.Path)],
            requests, concurrency, runs, _failures, output);
    }
}
