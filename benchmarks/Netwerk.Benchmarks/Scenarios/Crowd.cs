using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Netwerk.Testing;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>The network at the start of a meeting, everyone from an address of their own (127.x.y.z) through one
/// gateway with its real limits: <c>visitors</c> visitors browsing the public pages at <c>rate</c> pages a second in
/// all for <c>seconds</c>; <c>members</c> members signing in through the web app (the code flow, as a browser without
/// script) spread over ten seconds; <c>signUps</c> schools signing up through `/aanmelden` within a minute; and one
/// address alone, which must still meet the per-address limits (passwords, sign-up).</summary>
internal sealed class Crowd(BenchmarkPlatform platform, int visitors, int rate, int seconds, int members, int signUps)
{
    private const string Password = "Veilig-wachtwoord-42";

    public sealed record Figures(
        int VisitorPages, double PagesPerSecond, LatencySummary VisitorLatency, int PagesWithMissingPart, int VisitorRefusals,
        int SignedIn, LatencySummary SignInLatency, int SignUpsAccepted, LatencySummary SignUpLatency,
        bool PasswordLimitMet, bool SignUpLimitMet);

    public async Task<Figures> RunAsync(TextWriter output)
    {
        await platform.StartCrowdAsync();
        var gateway = platform.CrowdGateway!.Address;
        output.WriteLine($"  membership, the web app and a gateway with its real per-client limit at {gateway}");

        var (pages, pageTimes, missing, refused) = await VisitorsAsync(gateway);
        output.WriteLine($"  visitors: {pages} pages in {seconds} s from {visitors} addresses, {missing} with a missing part, {refused} not 200");

        var accounts = await MembersAsync(gateway);
        var signIns = await SpreadAsync(members, TimeSpan.FromSeconds(10), async i =>
        {
            var (status, html) = await new WebAppVisitor(gateway, Address(2, i)).SignInAsync(accounts[i].Email, Password);
            return status == HttpStatusCode.OK && html.Contains($"Welkom, {accounts[i].Name}", StringComparison.Ordinal);
        });
        output.WriteLine($"  sign-ins: {signIns.Count(s => s.Ok)} of {members} signed in");

        var signUpRuns = await SpreadAsync(signUps, TimeSpan.FromSeconds(30), async i =>
        {
            var page = await new WebAppVisitor(gateway, Address(3, i)).SignUpAsync($"school-{Guid.NewGuid():N}@bench.example");
            return page.Html.Contains("Je aanmelding wacht op goedkeuring", StringComparison.Ordinal);
        });
        output.WriteLine($"  sign-ups: {signUpRuns.Count(s => s.Ok)} of {signUps} accepted");

        var (passwordLimit, signUpLimit) = await OneAddressAsync(gateway);
        output.WriteLine($"  one address alone: password limit {(passwordLimit ? "met" : "not met")}, sign-up limit {(signUpLimit ? "met" : "not met")}");

        return new Figures(pages, pages / (double)seconds, LatencySummary.From(pageTimes), missing, refused,
            signIns.Count(s => s.Ok), LatencySummary.From(signIns.Select(s => s.Milliseconds)),
            signUpRuns.Count(s => s.Ok), LatencySummary.From(signUpRuns.Select(s => s.Milliseconds)), passwordLimit, signUpLimit);
    }

    /// <summary>Each visitor asks for a page at its own share of the rate, starting at a random moment of its first
    /// interval, in turn the home page, the events and the documents.</summary>
    private async Task<(int Pages, List<double> Times, int Missing, int Refused)> VisitorsAsync(Uri gateway)
    {
        string[] paths = ["/", "/bijeenkomsten", "/documenten"];
        var interval = TimeSpan.FromSeconds(visitors / (double)rate);
        var start = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(Enumerable.Range(0, visitors).Select(async v =>
        {
            using var client = LoopbackClient.From(Address(1, v), gateway, timeout: TimeSpan.FromSeconds(30));
            var seen = new List<(double Milliseconds, bool Missing, bool Refused)>();
            var next = interval * Random.Shared.NextDouble();
            for (var k = 0; ; k++)
            {
                var wait = next - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                if (Stopwatch.GetElapsedTime(start) >= TimeSpan.FromSeconds(seconds)) break;
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(paths[(v + k) % paths.Length]);
                    var html = await response.Content.ReadAsStringAsync();
                    seen.Add((Stopwatch.GetElapsedTime(sent).TotalMilliseconds, html.Contains("netwerk-unavailable", StringComparison.Ordinal),
                        response.StatusCode != HttpStatusCode.OK));
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    seen.Add((Stopwatch.GetElapsedTime(sent).TotalMilliseconds, true, true));
                }
                next += interval;
            }
            return seen;
        }));
        var all = results.SelectMany(r => r).ToList();
        return (all.Count, all.Select(p => p.Milliseconds).ToList(), all.Count(p => p.Missing), all.Count(p => p.Refused));
    }

    /// <summary>New members, each registered from an address of their own and approved by the administrator.</summary>
    private async Task<(string Email, string Name)[]> MembersAsync(Uri gateway)
    {
        var administrator = await TokenAsync(gateway, BenchmarkPlatform.CrowdAdministrator.Email, BenchmarkPlatform.CrowdAdministrator.Password);
        using var admin = new HttpClient { BaseAddress = gateway };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", administrator);
        using var gate = new SemaphoreSlim(8);
        return await Task.WhenAll(Enumerable.Range(0, members).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var (email, name) = ($"lid-{Guid.NewGuid():N}@bench.example", $"Lid {i + 1}");
                using var client = LoopbackClient.From(Address(2, i), gateway, timeout: TimeSpan.FromSeconds(60));
                using var registered = await client.PostAsJsonAsync("/api/members/registrations", new
                {
                    email, password = Password, displayName = name, organisation = new { name = "OBS De Bench" }, jobTitle = "ICT-coördinator", sector = "po",
                });
                registered.EnsureSuccessStatusCode();
                var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                (await admin.PostAsync($"/api/members/{id}/approve", null)).EnsureSuccessStatusCode();
                return (email, name);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>Passwords guessed from one address (however it names itself in X-Forwarded-For) meet its limit within
    /// two windows' worth; so do sign-ups through the web app.</summary>
    private async Task<(bool Passwords, bool SignUps)> OneAddressAsync(Uri gateway)
    {
        using var client = LoopbackClient.From("127.4.0.1", gateway);
        var passwords = false;
        for (var attempt = 0; attempt < 41 && !passwords; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = PasswordGrant($"gok-{attempt}@bench.example", "Geraden-1") };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{attempt + 1}");
            using var response = await client.SendAsync(request);
            passwords = response.StatusCode == HttpStatusCode.TooManyRequests;
        }
        var visitor = new WebAppVisitor(gateway, "127.4.0.2");
        var signUps = false;
        for (var attempt = 0; attempt < 11 && !signUps; attempt++)
        {
            signUps = (await visitor.SignUpAsync($"herhaald-{Guid.NewGuid():N}@bench.example")).Status == HttpStatusCode.TooManyRequests;
        }
        return (passwords, signUps);
    }

    /// <summary>Starts <paramref name="count"/> journeys evenly over <paramref name="over"/>, each timed from its own start.</summary>
    private static async Task<(bool Ok, double Milliseconds)[]> SpreadAsync(int count, TimeSpan over, Func<int, Task<bool>> journey)
    {
        var start = Stopwatch.GetTimestamp();
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var wait = over * i / count - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            var begun = Stopwatch.GetTimestamp();
            try
            {
                return (await journey(i), Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                return (false, Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
            }
        }));
    }

    private static async Task<string> TokenAsync(Uri gateway, string email, string password)
    {
        using var client = LoopbackClient.From("127.4.0.3", gateway);
        using var response = await client.PostAsync("/connect/token", PasswordGrant(email, password));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static FormUrlEncodedContent PasswordGrant(string email, string password) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password", ["client_id"] = "netwerk-web", ["username"] = email, ["password"] = password, ["scope"] = "api",
    });

    /// <summary>The <paramref name="index"/>th address of a group: 127.{group}.x.y, y from 1 to 250.</summary>
    private static string Address(int group, int index) => $"127.{group}.{index / 250}.{index % 250 + 1}";
}
