using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Npgsql;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary><c>members</c> signed-in members, each with a session of their own, browse the web app through the
/// gateway at once: home, a document search, an event's page and the inbox, in turn, for <c>seconds</c>, each reading
/// a page for <c>thinkMilliseconds</c> on average (half to one and a half times it, at random) before the next. Then the same
/// members make only the API calls those pages make (in parallel where the page makes them in parallel), so the web
/// app's own share of a page's time shows. Latency is per request, from send to the last byte. Bytes are what a
/// browser transfers for a page with its stylesheet and script, compressed as it would ask (br, gzip): on a first
/// visit, and on a later one, when fingerprinted assets (Cache-Control immutable) come from its cache.</summary>
internal sealed partial class WebBrowsing(BenchmarkPlatform platform, int members, int seconds, int runs, int thinkMilliseconds)
{
    public sealed record PageFigures(string Page, string Path, List<LatencySummary> Pages, List<LatencySummary> Api, long FirstVisitBytes,
        long RepeatVisitBytes, int Failures, double PagesPerSecond);

    private sealed record WebPage(string Name, string Path, string[] ApiCalls);

    private sealed record Member(Guid Id, string Token, string Cookie);

    public async Task<IReadOnlyList<PageFigures>> RunAsync(TextWriter output)
    {
        await platform.StartWebAsync();
        var gateway = platform.WebGateway!.Address;
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = members * 2
        })
        { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };

        // The web app writes its first Data Protection key when it first needs one; the sessions made here use that key.
        (await client.GetAsync("/aanmelden")).EnsureSuccessStatusCode();
        var eventId = await SeedAsync(client);
        var pages = new[]
        {
            new WebPage("home", "/", ["/api/events?limit=5", "/api/documents?limit=5", "/api/notifications?unread=true&limit=5", "/api/events?registered=true&limit=3"]),
            new WebPage("document search", "/documenten?q=privacy", ["/api/documents?q=privacy&limit=20", "/api/groups"]),
            new WebPage("event", $"/bijeenkomsten/{eventId}", [$"/api/events/{eventId}", $"/api/events/{eventId}/registrations/me"]),
            new WebPage("inbox", "/meldingen", ["/api/notifications?limit=30", "/api/notifications/preferences"]),
        };
        await using var sessions = new WebSessions(platform.Servers.Redis);
        var crowd = new List<Member>();
        for (var i = 0; i < members; i++)
        {
            var id = Guid.NewGuid();
            var token = platform.Tokens.Issue(id.ToString(), $"Lid {i + 1}", ["member"], TimeSpan.FromHours(2));
            crowd.Add(new Member(id, token, await sessions.CookieAsync(id, $"Lid {i + 1}", token)));
        }
        await SeedInboxesAsync(crowd);
        output.WriteLine($"  {members} members signed in, each with a session of their own; event {eventId}, 2,000 documents");

        // Every member opens every page once, then one unmeasured run of the whole load: the first measured run was
        // otherwise the one in which .NET's tiered compiler optimised the web app's hot paths (p95 four times the later runs').
        foreach (var member in crowd) foreach (var page in pages) await PageAsync(client, member, page.Path);
        var warmUpFailures = pages.ToDictionary(p => p.Name, _ => 0);
        await LoadAsync(crowd, pages, warmUpFailures, (member, page) => PageAsync(client, member, page.Path));
        await LoadAsync(crowd, pages, warmUpFailures, (member, page) => ApiAsync(client, member, page.ApiCalls));
        var (first, repeat) = await VisitBytesAsync(client, crowd[0], pages);

        var pageRuns = pages.ToDictionary(p => p.Name, _ => new List<LatencySummary>());
        var apiRuns = pages.ToDictionary(p => p.Name, _ => new List<LatencySummary>());
        var failures = pages.ToDictionary(p => p.Name, _ => 0);
        var rates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var pageTimes = await LoadAsync(crowd, pages, failures, (member, page) => PageAsync(client, member, page.Path));
            rates.Add(pageTimes.Values.Sum(t => t.Count) / (double)seconds);
            var apiTimes = await LoadAsync(crowd, pages, failures, (member, page) => ApiAsync(client, member, page.ApiCalls));
            foreach (var page in pages)
            {
                pageRuns[page.Name].Add(LatencySummary.From(pageTimes[page.Name]));
                apiRuns[page.Name].Add(LatencySummary.From(apiTimes[page.Name]));
                output.WriteLine($"  run {run + 1} {page.Name,-16}: page p50 {pageRuns[page.Name][^1].P50,6:F1} p95 {pageRuns[page.Name][^1].P95,6:F1} ms " +
                    $"({pageTimes[page.Name].Count} requests); its API calls alone p50 {apiRuns[page.Name][^1].P50,6:F1} p95 {apiRuns[page.Name][^1].P95,6:F1} ms");
            }
        }
        return pages.Select(p => new PageFigures(p.Name, p.Path, pageRuns[p.Name], apiRuns[p.Name], first[p.Name], repeat[p.Name], failures[p.Name],
            Median.Of(rates))).ToList();
    }

    /// <summary>Every member browses at once for the measured time, each page in turn; the times per page.</summary>
    private async Task<Dictionary<string, List<double>>> LoadAsync(List<Member> crowd, WebPage[] pages, Dictionary<string, int> failures,
        Func<Member, WebPage, Task<bool>> visit)
    {
        var times = pages.ToDictionary(p => p.Name, _ => new List<double>());
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        await Task.WhenAll(crowd.Select((member, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            // Members arrive spread over one reading time, not all in the same millisecond.
            await Task.Delay(random.Next(thinkMilliseconds + 1));
            for (var turn = index; Stopwatch.GetTimestamp() < until; turn++)
            {
                var page = pages[turn % pages.Length];
                var sent = Stopwatch.GetTimestamp();
                var ok = await visit(member, page);
                var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                lock (times)
                {
                    times[page.Name].Add(elapsed);
                    if (!ok) failures[page.Name]++;
                }
                if (thinkMilliseconds > 0) await Task.Delay(thinkMilliseconds / 2 + random.Next(thinkMilliseconds + 1));
            }
        })));
        return times;
    }

    private static async Task<bool> PageAsync(HttpClient client, Member member, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", member.Cookie);
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        // A page that rendered a part's "kunnen we niet laden" instead of its data did not do its work.
        return response.StatusCode == HttpStatusCode.OK && !html.Contains("kunnen we op dit moment niet laden", StringComparison.Ordinal);
    }

    private static async Task<bool> ApiAsync(HttpClient client, Member member, string[] calls)
    {
        var answers = await Task.WhenAll(calls.Select(async path =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member.Token);
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode;
        }));
        // The working groups come from membership, which the bench platform has not: 503, as the page gets it too.
        return answers.All(status => status is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable);
    }

    /// <summary>Bytes on the wire for each page with its stylesheet and script: first visit, and a later one with a cache.</summary>
    private static async Task<(Dictionary<string, long> First, Dictionary<string, long> Repeat)> VisitBytesAsync(HttpClient client, Member member, WebPage[] pages)
    {
        var first = new Dictionary<string, long>();
        var repeat = new Dictionary<string, long>();
        foreach (var page in pages)
        {
            var (htmlBytes, html) = await TransferAsync(client, page.Path, member.Cookie);
            long assetsFirst = 0, assetsRepeat = 0;
            foreach (Match asset in AssetPattern().Matches(html))
            {
                var path = "/" + asset.Groups["path"].Value.TrimStart('/');
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.AcceptEncoding.ParseAdd("br, gzip");
                using var response = await client.SendAsync(request);
                var bytes = (await response.Content.ReadAsByteArrayAsync()).LongLength;
                assetsFirst += bytes;
                // A later visit takes an immutable asset from the cache; anything else is asked again.
                if (response.Headers.CacheControl?.Extensions.Any(e => e.Name == "immutable") != true) assetsRepeat += bytes;
            }
            var (againBytes, _) = await TransferAsync(client, page.Path, member.Cookie);
            first[page.Name] = htmlBytes + assetsFirst;
            repeat[page.Name] = againBytes + assetsRepeat;
        }
        return (first, repeat);
    }

    private static async Task<(long Bytes, string Html)> TransferAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault();
        var html = encoding is null ? System.Text.Encoding.UTF8.GetString(bytes) : "";
        return (bytes.LongLength, html);
    }

    [GeneratedRegex("""(?:href|src)="(?<path>[^"]+\.(?:css|js))""")]
    private static partial Regex AssetPattern();

    /// <summary>Documents to search and an event to open, through the API as a moderator would.</summary>
    private async Task<Guid> SeedAsync(HttpClient client)
    {
        await SearchCorpus.LoadAsync(platform.Servers.Database("documents"), 2_000, [.. Enumerable.Range(0, 20).Select(_ => Guid.NewGuid())], [Guid.NewGuid()]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events")
        {
            Content = JsonContent.Create(new
            {
                title = "Regiobijeenkomst Midden",
                description = "Een middag over **informatiebeveiliging** met collega's uit de regio.",
                startsAt = DateTimeOffset.UtcNow.AddDays(20).ToString("yyyy-MM-ddT14:00:00Z"),
                endsAt = DateTimeOffset.UtcNow.AddDays(20).ToString("yyyy-MM-ddT17:00:00Z"),
                timeZone = "Europe/Amsterdam",
                location = "Utrecht",
                capacity = 200,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", platform.Tokens.Moderator(Guid.NewGuid()));
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Twenty notifications per member, a quarter unread, written straight into the database.</summary>
    private async Task SeedInboxesAsync(List<Member> crowd)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.Database("notifications"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO notifications (id, recipient_member_id, category, title, body, link, source_event_id, created_at, read_at)
            SELECT gen_random_uuid(), member, 'events', 'Aanmelding bevestigd', 'Je bent aangemeld voor Regiobijeenkomst ' || i || '. Tot dan!',
                   '/bijeenkomsten/' || gen_random_uuid(), gen_random_uuid(), now() - make_interval(mins => i), CASE WHEN i % 4 = 0 THEN NULL ELSE now() END
            FROM unnest(@members) AS member, generate_series(1, 20) AS i;
            """, connection);
        command.Parameters.AddWithValue("members", crowd.Select(m => m.Id).ToArray());
        await command.ExecuteNonQueryAsync();
    }
}
