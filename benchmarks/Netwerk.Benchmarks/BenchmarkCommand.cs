using System.Runtime.InteropServices;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Netwerk.Benchmarks.Scenarios;

namespace Netwerk.Benchmarks;

/// <summary>Starts the platform in Release against real servers, runs the scenarios and prints their figures with
/// the method and the machine, in Markdown (for the README).</summary>
internal static class BenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args, ReportWriter output)
    {
        var options = Options(args);
        int Option(string name, int fallback) => options.TryGetValue(name, out var value) && int.TryParse(value, out var number) ? number : fallback;
        var (members, seats, connections, runs) = (Option("members", 5_000), Option("seats", 1_000), Option("connections", 256), Option("runs", 3));
        var scenarios = options.TryGetValue("scenario", out var chosen) ? chosen.Split(',') : ["gateway", "rush", "search", "discussions", "inbox", "partners", "web", "crowd"];

        output.WriteLine($"# Netwerk benchmarks — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        output.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; services in Release.");
        output.WriteLine(MethodNote);
        output.WriteLine();
        output.ReserveSummaryPlace();
        var targets = new Targets();
        await using var platform = await BenchmarkPlatform.StartAsync();
        await using var memory = new MemorySampler([platform.Events, platform.Documents, platform.Discussions, platform.Notifications, platform.Gateway]);

        var failed = false;
        // Five rounds unless --runs says otherwise: its ratios are the targets nearest to this machine's noise.
        if (scenarios.Contains("gateway"))
        {
            await GatewayOverheadAsync(platform, output, targets, [1, 16, 64, 256], Option("measure-seconds", 10), Option("runs", 5));
        }
        if (scenarios.Contains("rush")) failed |= await RegistrationRushAsync(platform, output, targets, members, seats, connections, runs);
        if (scenarios.Contains("search"))
        {
            failed |= await DocumentSearchAsync(platform, output, targets, Option("documents", 100_000), Option("requests", 1_200), Option("concurrency", 1), runs);
        }
        if (scenarios.Contains("discussions"))
        {
            failed |= await DiscussionsAsync(platform, output, targets, Option("posts", 100_000), Option("requests", 1_400), Option("concurrency", 1), runs,
                Option("reply-rate", 20), Option("reply-seconds", 20), Option("threads", 10), Option("participants", 20));
        }
        if (scenarios.Contains("inbox")) await InboxReadAsync(platform, output, Option("notifications", 10_000), Option("requests", 1_200), runs);
        if (scenarios.Contains("partners"))
        {
            failed |= await PartnerFanOutAsync(platform, output, targets, Option("events", 10_000), Option("subscriptions", 20), Option("rate", 100), Option("seconds", 30));
        }
        if (scenarios.Contains("web"))
        {
            failed |= await WebBrowsingAsync(platform, output, targets, Option("web-members", 50), Option("web-seconds", 20), runs, Option("web-think-ms", 1_000));
        }
        if (scenarios.Contains("crowd"))
        {
            failed |= await CrowdAsync(platform, output, targets, Option("visitors", 200), Option("rate", 100), Option("crowd-seconds", 20),
                Option("sign-ins", 100), Option("sign-ups", 50));
        }
        memory.Report(output);
        output.WriteSummary(targets.Render());
        if (options.ContainsKey("hold"))
        {
            // For looking into the loaded platform (psql, EXPLAIN) after the scenarios, until Ctrl+C or SIGTERM, which
            // end it as a finished run ends: the servers stopped and their folder removed.
            output.WriteLine($"Holding until Ctrl+C: databases {platform.Servers.Database("<name>")}, gateway {platform.Gateway.Address}");
            var stop = new TaskCompletionSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await stop.Task;

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.TrySetResult();
            }
        }
        return failed ? 1 : 0;
    }

    private const string MethodNote = "Method: `./netwerk bench`. PostgreSQL (durable, fsync on), RabbitMQ and Redis from Debian's packages on " +
        "this machine; each service and the gateway a Release process of its own in Production mode; load from the benchmark's own process " +
        "or from wrk, over loopback; everything shares the same cores. Tokens are validated for real (keys fetched over HTTP). Medians of the " +
        "runs, and ratios only between figures of the same run, as the machine is shared. Scenario by scenario: README.md, section Benchmarks.";

    private static async Task<bool> CrowdAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int visitors, int rate, int seconds,
        int members, int signUps)
    {
        output.WriteLine($"## Crowd: {visitors} visitors at {rate} pages/s, {members} members signing in, {signUps} sign-ups, each from an address of their own");
        var crowd = await new Crowd(platform, visitors, rate, seconds, members, signUps).RunAsync(output);
        output.WriteLine();
        output.WriteLine("| part | count | per second | p50 ms | p95 ms | p99 ms |");
        output.WriteLine("|---|---|---|---|---|---|");
        output.WriteLine($"| visitors' pages | {crowd.VisitorPages} | {crowd.PagesPerSecond:F0} | {crowd.VisitorLatency.P50:F0} | {crowd.VisitorLatency.P95:F0} | {crowd.VisitorLatency.P99:F0} |");
        output.WriteLine($"| sign-ins through the web app (whole flow) | {crowd.SignedIn}/{members} | | {crowd.SignInLatency.P50:F0} | {crowd.SignInLatency.P95:F0} | {crowd.SignInLatency.P99:F0} |");
        output.WriteLine($"| sign-ups through /aanmelden | {crowd.SignUpsAccepted}/{signUps} | | {crowd.SignUpLatency.P50:F0} | {crowd.SignUpLatency.P95:F0} | {crowd.SignUpLatency.P99:F0} |");
        output.WriteLine();
        targets.AtLeast($"{visitors} visitors browsing at ≥ {rate} pages/s", rate, [("crowd", crowd.PagesPerSecond)], "F0");
        targets.Holds("visitors' pages with a missing part or refused: 0", $"{crowd.PagesWithMissingPart} with a missing part, {crowd.VisitorRefusals} not 200",
            crowd.PagesWithMissingPart == 0 && crowd.VisitorRefusals == 0);
        targets.Holds($"{members} members signing in through the web app within 10 s: all signed in",
            $"{crowd.SignedIn} signed in, p95 of the whole sign-in {crowd.SignInLatency.P95:F0} ms", crowd.SignedIn == members);
        targets.Holds($"{signUps} sign-ups within a minute: all accepted", $"{crowd.SignUpsAccepted} accepted", crowd.SignUpsAccepted == signUps);
        targets.Holds("one address alone still meets the per-address limits (passwords, sign-up)",
            $"passwords: {(crowd.PasswordLimitMet ? "429" : "never limited")}, sign-ups: {(crowd.SignUpLimitMet ? "429" : "never limited")}",
            crowd.PasswordLimitMet && crowd.SignUpLimitMet);
        return crowd.SignedIn < members || crowd.SignUpsAccepted < signUps;
    }

    private static async Task<bool> RegistrationRushAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int members, int seats,
        int connections, int runs)
    {
        output.WriteLine($"## Registration rush: {members} members for {seats} seats, all at once, {connections} connections");
        var rush = new RegistrationRush(platform, members, seats, connections, runs);
        var results = await rush.RunAsync(output);
        output.WriteLine();
        output.WriteLine("| via | registrations/s (median) | p50 ms | p95 ms | p99 ms | confirmed | waitlisted | all told after s |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var via in results.GroupBy(r => r.Via))
        {
            output.WriteLine($"| {via.Key} | {Median.Of(via.Select(r => r.RegistrationsPerSecond)):F0} | {Median.Of(via.Select(r => r.Latency.P50)):F0} | " +
                $"{Median.Of(via.Select(r => r.Latency.P95)):F0} | {Median.Of(via.Select(r => r.Latency.P99)):F0} | " +
                $"{string.Join("/", via.Select(r => r.Confirmed).Distinct())} | {string.Join("/", via.Select(r => r.Waitlisted).Distinct())} | " +
                $"{Median.Of(via.Select(r => r.AllToldSeconds)):F1} |");
        }
        output.WriteLine();
        targets.Holds($"{members:N0} registrations at once for {seats:N0} seats: exactly {seats:N0} confirmed",
            $"{string.Join(" / ", results.Select(r => r.Confirmed).Distinct())} confirmed, {string.Join(" / ", results.Select(r => r.Waitlisted).Distinct())} " +
            $"waitlisted, {results.Sum(r => r.Failed)} failed in {results.Count} runs",
            results.All(r => r.Confirmed == seats && r.Waitlisted == members - seats && r.Failed == 0));
        targets.AtLeast("≥ 500 registrations/s in that rush (median of the runs)", 500,
            results.GroupBy(r => r.Via).Select(via => (via.Key, Median.Of(via.Select(r => r.RegistrationsPerSecond)))).ToList(), "F0");
        return results.Any(r => r.Failed > 0);
    }

    private static async Task<bool> DocumentSearchAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int documents, int requests,
        int concurrency, int runs)
    {
        output.WriteLine($"## Document search: {documents:N0} documents, {requests} searches per run, {concurrency} client(s) at once");
        var search = new DocumentSearch(platform, documents, requests, concurrency, runs);
        var (_, results) = await search.RunAsync(output);
        output.WriteLine();
        WriteByWay(output, results, "searches/s");
        output.WriteLine();
        output.WriteLine("Per query, through the gateway (median over the runs):");
        output.WriteLine();
        output.WriteLine("| query | p50 ms | p95 ms |");
        output.WriteLine("|---|---|---|");
        var gateway = results.Where(r => r.Via == "gateway").ToList();
        foreach (var query in DocumentSearch.Queries)
        {
            output.WriteLine($"| `{(query.Length == 0 ? "(newest first)" : Uri.UnescapeDataString(query))}` | " +
                $"{Median.Of(gateway.Select(r => r.PerPath[$"/api/documents?{query}"].P50)):F1} | {Median.Of(gateway.Select(r => r.PerPath[$"/api/documents?{query}"].P95)):F1} |");
        }
        output.WriteLine();
        targets.Under($"search p95 < 50 ms at {documents:N0} documents (ms, median of the runs)", 50,
            P95ByWay(results), "F1");
        if (search.Failures > 0) output.WriteLine($"{search.Failures} searches failed; see the logs in {platform.Servers.Logs}.");
        return search.Failures > 0;
    }

    private static async Task<bool> DiscussionsAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int posts, int requests,
        int concurrency, int runs, int rate, int seconds, int threads, int participants)
    {
        output.WriteLine($"## Discussions: search and similar threads at {posts:N0} posts, {requests} requests per run, {concurrency} client(s) at once; " +
            $"then {rate} replies/s for {seconds} s in {threads} threads of {participants} following members");
        var search = new DiscussionSearch(platform, posts, requests, concurrency, runs);
        var results = await search.RunAsync(output);
        output.WriteLine();
        WriteByWay(output, results, "requests/s");
        output.WriteLine();
        output.WriteLine("Per request, through the gateway (median over the runs):");
        output.WriteLine();
        output.WriteLine("| request | case | p50 ms | p95 ms |");
        output.WriteLine("|---|---|---|---|");
        var gateway = results.Where(r => r.Via == "gateway").ToList();
        foreach (var (path, what) in DiscussionSearch.Requests)
        {
            output.WriteLine($"| `{Uri.UnescapeDataString(path)}` | {what} | {Median.Of(gateway.Select(r => r.PerPath[path].P50)):F1} | " +
                $"{Median.Of(gateway.Select(r => r.PerPath[path].P95)):F1} |");
        }
        output.WriteLine();
        targets.Under($"discussion search and similar threads p95 < 50 ms at {posts:N0} posts (ms, median of the runs)", 50,
            P95ByWay(results), "F1");

        var fanOut = await new ReplyFanOut(platform, threads, participants, rate, seconds).RunAsync(output);
        output.WriteLine();
        output.WriteLine("| replies | refused | replies/s | notices expected / in an inbox | per follower p50 / p95 / p99 / max ms | " +
            "until the last follower p50 / p95 / p99 / max ms |");
        output.WriteLine("|---|---|---|---|---|---|");
        output.WriteLine($"| {fanOut.Replies} | {fanOut.Refused} | {fanOut.RepliesPerSecond:F1} | {fanOut.Expected:N0} / {fanOut.Delivered:N0} | " +
            $"{fanOut.PerFollower.P50:F0} / {fanOut.PerFollower.P95:F0} / {fanOut.PerFollower.P99:F0} / {fanOut.PerFollower.Max:F0} | " +
            $"{fanOut.EveryFollower.P50:F0} / {fanOut.EveryFollower.P95:F0} / {fanOut.EveryFollower.P99:F0} / {fanOut.EveryFollower.Max:F0} |");
        output.WriteLine();
        targets.Under($"a reply in every follower's inbox p95 < 1 s at {rate} replies/s (ms)", 1_000, [("", fanOut.EveryFollower.P95)], "F0");
        if (search.Failures > 0) output.WriteLine($"{search.Failures} searches failed; see the logs in {platform.Servers.Logs}.");
        return search.Failures > 0 || fanOut.Refused > 0 || fanOut.Delivered < fanOut.Expected;
    }

    /// <summary>A query load's runs, one row per way (gateway, direct): the medians over the runs.</summary>
    private static void WriteByWay(TextWriter output, IReadOnlyList<QueryLoad.Run> results, string rate)
    {
        output.WriteLine($"| via | {rate} (median) | p50 ms | p95 ms | p99 ms |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var via in results.GroupBy(r => r.Via))
        {
            output.WriteLine($"| {via.Key} | {Median.Of(via.Select(r => r.RequestsPerSecond)):F0} | {Median.Of(via.Select(r => r.Latency.P50)):F1} | " +
                $"{Median.Of(via.Select(r => r.Latency.P95)):F1} | {Median.Of(via.Select(r => r.Latency.P99)):F1} |");
        }
    }

    private static List<(string, double)> P95ByWay(IReadOnlyList<QueryLoad.Run> results) =>
        results.GroupBy(r => r.Via).Select(via => (via.Key, Median.Of(via.Select(r => r.Latency.P95)))).ToList();

    /// <summary>The gateway scenario's ways in the order its table gives them; the proxies are those with CPU of their own.</summary>
    private static readonly string[] AllWays = ["direct", "gateway", "nginx", "yarp"], Proxies = ["gateway", "nginx", "yarp"];

    private static async Task GatewayOverheadAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int[] connections, int seconds, int runs)
    {
        output.WriteLine($"## Gateway overhead: `GET /api/events` with a member's token, direct, through the gateway, through nginx and through " +
            $"a plain YARP forwarder; wrk, {seconds} s per measurement, order rotated, median of {runs}");
        var results = await new GatewayOverhead(platform, connections, seconds, runs).RunAsync(output);
        output.WriteLine();
        output.WriteLine("Requests/s, latencies and CPU are medians over the runs. Each ratio is taken within a run (the ways measured " +
            "one after the other), then the median of the runs, with the lowest and highest run in brackets. Plain YARP is the gateway's " +
            "forwarder without any of its work (no token check, rate limit, telemetry or middleware): the floor under the gateway.");
        output.WriteLine();
        output.WriteLine("| connections | direct req/s | gateway req/s | nginx req/s | plain YARP req/s | gateway ÷ direct | gateway ÷ nginx | " +
            "plain YARP ÷ nginx | p50 direct / gateway / nginx / YARP ms | p99 direct / gateway / nginx / YARP ms | " +
            "proxy CPU per request gateway / nginx / YARP µs |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var counts = connections.Select(count => new GatewayFigures(count, results.Where(r => r.Connections == count).ToList())).ToList();
        foreach (var figures in counts)
        {
            string Each(string[] ways, Func<GatewayOverhead.Measurement, double> value, string format) =>
                string.Join(" / ", ways.Select(via => figures.MedianOf(via, value).ToString(format)));
            output.WriteLine($"| {figures.Connections} | {Each(AllWays, r => r.RequestsPerSecond, "F0").Replace(" / ", " | ")} | " +
                $"{figures.Ratio("gateway", "direct")} | {figures.Ratio("gateway", "nginx")} | {figures.Ratio("yarp", "nginx")} | " +
                $"{Each(AllWays, r => r.P50, "F2")} | {Each(AllWays, r => r.P99, "F1")} | {Each(Proxies, r => r.ProxyCpuMicroseconds, "F0")} |");
        }
        output.WriteLine();
        JudgeGateway(targets, counts);
    }

    /// <summary>The gateway's targets, and when it falls short of nginx, what the same runs say about why: how near the
    /// plain YARP forwarder (the .NET hop without the gateway's work) came, and the CPU each proxy spent per request,
    /// taken from the two cores the service shares with it.</summary>
    private static void JudgeGateway(Targets targets, IReadOnlyList<GatewayFigures> counts)
    {
        var everyCount = counts.Select(c => c.Connections.ToString()).ToList();
        List<(string, double)> PerCount(Func<GatewayFigures, double> figure) => counts.Select(c => (c.Connections.ToString(), figure(c))).ToList();
        string Each(Func<GatewayFigures, double> figure, string format) => string.Join(" / ", counts.Select(c => figure(c).ToString(format)));

        targets.AtLeast("gateway ≥ 0.7 × direct (requests/s, median of the runs' ratios)", 0.7, PerCount(c => c.Ratio("gateway", "direct").Median), "F2", "connections");
        var nginxMet = targets.AtLeast("gateway ≥ 0.9 × nginx, validating tokens and limiting rates", 0.9,
            PerCount(c => c.Ratio("gateway", "nginx").Median), "F2", "connections");
        if (counts.FirstOrDefault(c => c.Connections == 1) is { } one)
        {
            targets.AtMost("gateway's added p50 latency ≤ 0.5 ms (one connection, ms)", 0.5,
                [("", one.MedianOf("gateway", r => r.P50) - one.MedianOf("direct", r => r.P50))], "F2");
        }
        if (nginxMet) return;

        double Cpu(GatewayFigures c, string via) => c.MedianOf(via, r => r.ProxyCpuMicroseconds);
        targets.Explain($"Why the gateway falls short of nginx, in this run's figures (at {string.Join(" / ", everyCount)} connections): " +
            $"the plain YARP forwarder, the gateway's forwarder without any of its work, reached {Each(c => c.Ratio("yarp", "nginx").Median, "F2")} × nginx. " +
            $"Per request nginx used {Each(c => Cpu(c, "nginx"), "F0")} µs of CPU, plain YARP {Each(c => Cpu(c, "yarp"), "F0")} µs and the gateway " +
            $"{Each(c => Cpu(c, "gateway"), "F0")} µs: the .NET hop costs {Each(c => Cpu(c, "yarp") - Cpu(c, "nginx"), "F0")} µs more than nginx, and the " +
            $"gateway's own work (token check, rate limit, telemetry, middleware) {Each(c => Cpu(c, "gateway") - Cpu(c, "yarp"), "F0")} µs on top. " +
            "Every proxy shares the two cores with the service, PostgreSQL and wrk, so what it spends is taken from the service. " +
            $"Single runs of the same setting differ: gateway ÷ nginx per run {string.Join(", ", counts.Select(c => c.Ratio("gateway", "nginx").Range))}. " +
            "README.md, *Where a target is missed, and why*, takes the gateway's work apart further.");
    }

    private static async Task InboxReadAsync(BenchmarkPlatform platform, TextWriter output, int notifications, int requests, int runs)
    {
        output.WriteLine($"## Inbox read: a member with {notifications:N0} notifications, {requests} reads per run, one at a time");
        var results = await new InboxRead(platform, notifications, requests, runs).RunAsync(output);
        output.WriteLine();
        output.WriteLine("| via | reads/s (median) | p50 ms | p95 ms | p99 ms |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var via in results.GroupBy(r => r.Via))
        {
            output.WriteLine($"| {via.Key} | {Median.Of(via.Select(r => r.RequestsPerSecond)):F0} | {Median.Of(via.Select(r => r.Latency.P50)):F1} | " +
                $"{Median.Of(via.Select(r => r.Latency.P95)):F1} | {Median.Of(via.Select(r => r.Latency.P99)):F1} |");
        }
        output.WriteLine();
    }

    private static async Task<bool> PartnerFanOutAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int events, int subscriptions,
        int rate, int seconds)
    {
        output.WriteLine($"## Events to partners: {events:N0} registrations fanned out to {subscriptions} webhook subscriptions " +
            $"(one endpoint never answers, one answers after 2 s), then {rate}/s for {seconds} s to one");
        var (fanOut, steady) = await new PartnerFanOut(platform, events, subscriptions, rate, seconds).RunAsync(output);
        output.WriteLine();
        output.WriteLine("| phase | deliveries | deliveries/s | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        output.WriteLine($"| fan-out to {fanOut.HealthySubscriptions} healthy endpoints | {fanOut.Delivered:N0} | {fanOut.DeliveriesPerSecond:F0} | " +
            $"{fanOut.Latency.P50:F0} | {fanOut.Latency.P95:F0} | {fanOut.Latency.P99:F0} | {fanOut.Latency.Max:F0} |");
        output.WriteLine($"| steady {steady.Rate:F0} events/s, one endpoint | {steady.Delivered:N0} | {steady.Rate:F0} | " +
            $"{steady.Latency.P50:F1} | {steady.Latency.P95:F1} | {steady.Latency.P99:F1} | {steady.Latency.Max:F0} |");
        output.WriteLine();
        output.WriteLine($"Registrations during the fan-out: {fanOut.RegistrationsPerSecond:F0}/s. The healthy endpoints received their last message " +
            $"between {fanOut.LastArrivalPerEndpoint.P50 / 1000:F1} s (median) and {fanOut.LastArrivalPerEndpoint.Max / 1000:F1} s (latest) after the first " +
            $"registration; meanwhile the slow endpoint had received {fanOut.SlowDelivered:N0} and the dead one {fanOut.DeadAttempts:N0} calls (each held " +
            "until the 15 s timeout): they used their own places only.");
        output.WriteLine();
        targets.Under($"event → partner webhook p95 < 100 ms at {rate} events/s (ms)", 100, [("", steady.Latency.P95)], "F1");
        targets.AtLeast("≥ 1,000 deliveries/s sustained (fan-out)", 1_000, [("", fanOut.DeliveriesPerSecond)], "F0");
        return !fanOut.Complete || steady.Delivered < steady.Events;
    }

    private static async Task<bool> WebBrowsingAsync(BenchmarkPlatform platform, TextWriter output, Targets targets, int members, int seconds, int runs,
        int think)
    {
        output.WriteLine($"## Web app: {members} signed-in members browsing at once through the gateway, a page every {think / 1000.0:0.#} s each " +
            $"on average, {seconds} s per run; then only the API calls of the same pages");
        var pages = await new WebBrowsing(platform, members, seconds, runs, think).RunAsync(output);
        output.WriteLine();
        output.WriteLine($"Pages served: {pages[0].PagesPerSecond:F0}/s (median of the runs).");
        output.WriteLine();
        output.WriteLine("Server time as a browser on this machine sees it (send to last byte), medians over the runs; \"API alone\" is the same members " +
            "making only the API calls the page makes (in parallel, as the page does), so the difference is the web app's own share: " +
            "the session, the HTML and the hop through the gateway. Bytes as transferred (br/gzip where offered), page with its stylesheet and script.");
        output.WriteLine();
        output.WriteLine("| page | p50 ms | p95 ms | p99 ms | API alone p50 / p95 / p99 ms | web app's share of p95 ms | first visit KB | later visit KB | failed |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var page in pages)
        {
            double P(List<LatencySummary> runs, Func<LatencySummary, double> figure) => Median.Of(runs.Select(figure));
            output.WriteLine($"| {page.Page} (`{page.Path.Split('?')[0]}`) | {P(page.Pages, l => l.P50):F1} | {P(page.Pages, l => l.P95):F1} | {P(page.Pages, l => l.P99):F1} | " +
                $"{P(page.Api, l => l.P50):F1} / {P(page.Api, l => l.P95):F1} / {P(page.Api, l => l.P99):F1} | {P(page.Pages, l => l.P95) - P(page.Api, l => l.P95):F1} | " +
                $"{page.FirstVisitBytes / 1024.0:F1} | {page.RepeatVisitBytes / 1024.0:F1} | {page.Failures} |");
        }
        output.WriteLine();
        targets.Under($"web pages p95 < 100 ms with {members} members browsing (ms, median of the runs)", 100,
            pages.Select(p => (p.Page, Median.Of(p.Pages.Select(l => l.P95)))).ToList(), "F1");
        targets.Under("a first visit transfers < 200 KB (KB)", 200, pages.Select(p => (p.Page, p.FirstVisitBytes / 1024.0)).ToList(), "F1");
        return pages.Any(p => p.Failures > 0);
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }
}
