using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Npgsql;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Lively threads: <c>threads</c> discussions with <c>participants</c> members each, who all follow it and
/// take turns replying, <c>rate</c> replies a second through the gateway for <c>seconds</c>. Each reply should reach
/// the inbox of every other participant: the time from sending the reply to its notice being in the follower's inbox
/// (the notifications database, read every 20 ms, so a figure may be up to 20 ms late), per follower and per reply
/// until its last follower has it.</summary>
internal sealed class ReplyFanOut(BenchmarkPlatform platform, int threads, int participants, int rate, int seconds)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public sealed record Result(int Replies, int Refused, int Expected, int Delivered, double RepliesPerSecond, LatencySummary PerFollower,
        LatencySummary EveryFollower);

    private sealed record Sent(long At, int Followers);

    /// <summary>Each member's token, made before the clock runs: signing is the client's work, not the platform's.</summary>
    private readonly ConcurrentDictionary<Guid, string> _tokens = new();

    public async Task<Result> RunAsync(TextWriter output)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = platform.Gateway.Address };
        var conversations = new List<(Guid ThreadId, Guid[] Members)>();
        for (var t = 0; t < threads; t++)
        {
            var members = Enumerable.Range(0, participants).Select(_ => Guid.NewGuid()).ToArray();
            var thread = await SendAsync(http, HttpMethod.Post, "/api/discussions", members[0],
                new { kind = "discussion", title = $"Hoe organiseren jullie de {DutchText.Word(new Random(t))}? ({t + 1})", body = "Wij zijn benieuwd." });
            var threadId = thread.GetProperty("id").GetGuid();
            await Task.WhenAll(members.Skip(1).Select(m => SendAsync(http, HttpMethod.Put, $"/api/discussions/{threadId}/follow", m, null)));
            conversations.Add((threadId, members));
        }
        var everyone = conversations.SelectMany(c => c.Members).ToArray();
        output.WriteLine($"  {threads} threads of {participants} following members ready");

        var arrivals = new ConcurrentDictionary<(Guid Reply, Guid Follower), long>();
        using var stop = new CancellationTokenSource();
        var watching = WatchInboxesAsync(everyone, arrivals, stop.Token);

        var sent = new ConcurrentDictionary<Guid, Sent>();
        var refused = 0;
        var total = rate * seconds;
        var started = Stopwatch.GetTimestamp();
        var posting = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero) await Task.Delay(due);
            var (threadId, members) = conversations[i % threads];
            var author = members[i / threads % participants];
            var turn = i;
            posting.Add(Task.Run(async () =>
            {
                var at = Stopwatch.GetTimestamp();
                try
                {
                    var reply = await SendAsync(http, HttpMethod.Post, $"/api/discussions/{threadId}/replies", author,
                        new { body = $"Bij ons werkt het zo, stap {turn}: {DutchText.Sentence(new Random(turn))}" });
                    sent[reply.GetProperty("id").GetGuid()] = new Sent(at, participants - 1);
                }
                catch (HttpRequestException exception)
                {
                    Interlocked.Increment(ref refused);
                    Console.Error.WriteLine($"reply {turn}: {exception.Message}");
                }
            }));
        }
        await Task.WhenAll(posting);
        var postingTime = Stopwatch.GetElapsedTime(started);
        var expected = sent.Values.Sum(s => s.Followers);
        var deadline = Stopwatch.GetTimestamp() + (long)(Patience.TotalSeconds * Stopwatch.Frequency);
        while (arrivals.Count < expected && Stopwatch.GetTimestamp() < deadline) await Task.Delay(Poll);
        await stop.CancelAsync();
        await watching;

        var perFollower = arrivals.Where(a => sent.ContainsKey(a.Key.Reply))
            .Select(a => Stopwatch.GetElapsedTime(sent[a.Key.Reply].At, a.Value).TotalMilliseconds).ToList();
        var everyFollower = arrivals.Where(a => sent.ContainsKey(a.Key.Reply)).GroupBy(a => a.Key.Reply)
            .Where(g => g.Count() == sent[g.Key].Followers)
            .Select(g => Stopwatch.GetElapsedTime(sent[g.Key].At, g.Max(a => a.Value)).TotalMilliseconds).ToList();
        // A reply some follower never got counts as never arrived: the slowest figure there is.
        everyFollower.AddRange(Enumerable.Repeat(Patience.TotalMilliseconds, sent.Count - everyFollower.Count));
        return new Result(sent.Count, refused, expected, perFollower.Count, sent.Count / postingTime.TotalSeconds, LatencySummary.From(perFollower),
            LatencySummary.From(everyFollower));
    }

    /// <summary>Reads the followers' new notices about replies (their link names the reply: `#reactie-{id}`) until
    /// stopped, noting when each was first seen.</summary>
    private async Task WatchInboxesAsync(Guid[] followers, ConcurrentDictionary<(Guid, Guid), long> arrivals, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.Database("notifications"));
        await connection.OpenAsync(CancellationToken.None);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        await using var query = new NpgsqlCommand(
            "SELECT link, recipient_member_id, created_at FROM notifications WHERE recipient_member_id = ANY(@followers) AND created_at > @since " +
            "AND link LIKE '%#reactie-%'", connection);
        query.Parameters.AddWithValue("followers", followers);
        var sinceParameter = query.Parameters.AddWithValue("since", since);
        while (!stop.IsCancellationRequested)
        {
            var newest = since;
            await using (var reader = await query.ExecuteReaderAsync(CancellationToken.None))
            {
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    var link = reader.GetString(0);
                    var reply = Guid.Parse(link[(link.IndexOf("#reactie-", StringComparison.Ordinal) + "#reactie-".Length)..]);
                    arrivals.TryAdd((reply, reader.GetGuid(1)), now);
                    var created = reader.GetFieldValue<DateTimeOffset>(2);
                    if (created > newest) newest = created;
                }
            }
            // A notice is stamped before its transaction commits, so the window reaches back a little.
            since = newest.AddSeconds(-2) > since ? newest.AddSeconds(-2) : since;
            sinceParameter.Value = since;
            try { await Task.Delay(Poll, stop); } catch (OperationCanceledException) { }
        }
        await connection.CloseAsync();
    }

    private async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, Guid member, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var token = _tokens.GetOrAdd(member, id => platform.Tokens.Member(id, $"Lid {id.ToString()[..8]}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
