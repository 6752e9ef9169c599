using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Netwerk.Testing;
using Npgsql;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>One popular event, <see cref="Seats"/> seats, <see cref="Members"/> members registering at once: every
/// request is started at the same moment and the client's connection pool (<see cref="Connections"/>) queues them,
/// so the service sees as many simultaneous requests as there are connections. Registrations per second are the
/// members divided by the time from the first send to the last answer; latency is per request, queueing included.
/// Each run registers new members (tokens the services have never seen) for a fresh event, and is checked: exactly
/// <see cref="Seats"/> confirmed, the rest waitlisted, and every member told so by notifications (timed from the
/// first send: the platform's whole work for the rush). A run starts once the previous one is fully told, as a rush
/// meets a platform at rest; a full-size rush through each path first brings the code to its optimised tier.</summary>
internal sealed class RegistrationRush(BenchmarkPlatform platform, int members, int seats, int connections, int runs)
{
    public int Members => members;
    public int Seats => seats;
    public int Connections => connections;

    public sealed record Run(string Via, double RegistrationsPerSecond, LatencySummary Latency, int Confirmed, int Waitlisted, int Failed,
        double AllToldSeconds);

    public async Task<IReadOnlyList<Run>> RunAsync(TextWriter output)
    {
        var moderator = platform.Tokens.Moderator(Guid.NewGuid());
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromMinutes(5),
        };

        // Warm-up: the JIT's optimised tier (a few hundred requests leave much of the path unoptimised), connection
        // pools and the database's caches, on events of their own.
        foreach (var address in new[] { platform.Gateway.Address, platform.Events.Address })
        {
            await RushAsync(client, address, moderator, NewMembers(), seats);
        }

        var results = new List<Run>();
        for (var run = 0; run < runs; run++)
        {
            // Alternate which path goes first, so neither always meets the warmer machine.
            var order = run % 2 == 0 ? new[] { ("gateway", platform.Gateway.Address), ("direct", platform.Events.Address) }
                                     : new[] { ("direct", platform.Events.Address), ("gateway", platform.Gateway.Address) };
            foreach (var (via, address) in order)
            {
                var result = await RushAsync(client, address, moderator, NewMembers(), seats) with { Via = via };
                results.Add(result);
                output.WriteLine($"  run {run + 1} via {via,-7}: {result.RegistrationsPerSecond,7:F0} registrations/s, p50 {result.Latency.P50,6:F0} ms, " +
                    $"p95 {result.Latency.P95,6:F0} ms, p99 {result.Latency.P99,6:F0} ms; {result.Confirmed} confirmed, {result.Waitlisted} waitlisted, {result.Failed} failed; " +
                    $"all told after {result.AllToldSeconds:F1} s");
            }
        }
        return results;
    }

    private async Task<Run> RushAsync(HttpClient client, Uri address, string moderator, string[] memberTokens, int capacity)
    {
        var eventId = await ScheduleAsync(client, address, moderator, capacity);
        var latencies = new double[memberTokens.Length];
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(memberTokens.Select(async (token, i) =>
        {
            var sent = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, $"/api/events/{eventId}/registrations"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failures);
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var (confirmed, waitlisted) = await CountAsync(eventId);
        if (confirmed != Math.Min(capacity, memberTokens.Length - failures))
        {
            throw new InvalidOperationException($"Capacity broken: {confirmed} confirmed for {capacity} seats.");
        }
        await WaitUntilToldAsync(eventId, confirmed + waitlisted);
        return new Run("", memberTokens.Length / elapsed.TotalSeconds, LatencySummary.From(latencies), confirmed, waitlisted, failures,
            Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Members the services have not seen: their tokens are validated for the first time during the run.</summary>
    private string[] NewMembers() => [.. Enumerable.Range(0, members).Select(i => platform.Tokens.Member(Guid.NewGuid(), $"Lid {i}"))];

    /// <summary>Until every registrant has their notice (confirmed or waitlisted) in the notifications database.</summary>
    private async Task WaitUntilToldAsync(Guid eventId, int registrants)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.Database("notifications"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM notifications WHERE link = @link", connection);
        command.Parameters.AddWithValue("link", $"/api/events/{eventId}");
        var told = await Eventually.ReturnsAsync(async () => (long)(await command.ExecuteScalarAsync())!, count => count >= registrants,
            TimeSpan.FromMinutes(5));
        if (told < registrants) throw new TimeoutException($"Not every registrant was told within 5 minutes (event {eventId}).");
    }

    /// <summary>A fresh event with <paramref name="capacity"/> seats, scheduled as a moderator.</summary>
    internal static async Task<Guid> ScheduleAsync(HttpClient client, Uri address, string moderator, int capacity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/api/events"))
        {
            Content = JsonContent.Create(new
            {
                title = "Congres OnderwijsInzicht (benchmark)",
                startsAt = DateTimeOffset.UtcNow.AddDays(30),
                endsAt = DateTimeOffset.UtcNow.AddDays(30).AddHours(7),
                location = "Jaarbeurs Utrecht",
                capacity,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", moderator);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Scheduling failed: {body}");
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>Counted in the database itself, not taken from the service's answers.</summary>
    private async Task<(int Confirmed, int Waitlisted)> CountAsync(Guid eventId)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.Database("events"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted') FROM registrations WHERE network_event_id = @id",
            connection);
        command.Parameters.AddWithValue("id", eventId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }
}
