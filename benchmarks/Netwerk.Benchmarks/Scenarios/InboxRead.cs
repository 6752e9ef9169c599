using System.Diagnostics;
using System.Net.Http.Headers;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Npgsql;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>A member with <c>notifications</c> notifications (a tenth unread) among 100,000 of others reads their
/// inbox: the first page, the unread page and the third page by cursor, one request at a time, through the gateway
/// and directly, alternating. Latency is per request, from send to the last byte.</summary>
internal sealed class InboxRead(BenchmarkPlatform platform, int notifications, int requests, int runs)
{
    public sealed record Run(string Via, double RequestsPerSecond, LatencySummary Latency);

    public async Task<IReadOnlyList<Run>> RunAsync(TextWriter output)
    {
        var member = Guid.NewGuid();
        await LoadAsync(member);
        output.WriteLine($"  loaded {notifications:N0} notifications for the reader and 100,000 for others");

        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", platform.Tokens.Member(member, "Lezend lid"));
        await MeasureAsync(client, platform.Gateway.Address, 200);

        var results = new List<Run>();
        for (var run = 0; run < runs; run++)
        {
            var order = run % 2 == 0 ? new[] { ("gateway", platform.Gateway.Address), ("direct", platform.Notifications.Address) }
                                     : new[] { ("direct", platform.Notifications.Address), ("gateway", platform.Gateway.Address) };
            foreach (var (via, address) in order)
            {
                var result = await MeasureAsync(client, address, requests) with { Via = via };
                results.Add(result);
                output.WriteLine($"  run {run + 1} via {via,-7}: {result.RequestsPerSecond,6:F0} reads/s, p50 {result.Latency.P50,5:F1} ms, " +
                    $"p95 {result.Latency.P95,5:F1} ms, p99 {result.Latency.P99,5:F1} ms");
            }
        }
        return results;
    }

    private static async Task<Run> MeasureAsync(HttpClient client, Uri address, int count)
    {
        var latencies = new List<double>(count);
        var started = Stopwatch.GetTimestamp();
        string? cursor = null;
        for (var i = 0; i < count; i++)
        {
            // First page, unread page, then two pages further by cursor, in turn.
            var path = (i % 4) switch
            {
                0 => "/api/notifications",
                1 => "/api/notifications?unread=true",
                _ when cursor is not null => $"/api/notifications?cursor={cursor}",
                _ => "/api/notifications",
            };
            var sent = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(address, path));
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            cursor = i % 4 == 3 ? null : System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("nextCursor").GetString();
        }
        return new Run("", count / Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.From(latencies));
    }

    /// <summary>Rows written straight into the notifications database, as months of use would leave them.</summary>
    private async Task LoadAsync(Guid member)
    {
        await using var connection = new NpgsqlConnection(platform.Servers.Database("notifications"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO notifications (id, recipient_member_id, category, title, body, link, source_event_id, created_at, read_at)
            SELECT gen_random_uuid(), CASE WHEN i <= @mine THEN @member ELSE gen_random_uuid() END, 'events', 'Aanmelding bevestigd',
                   'Je bent aangemeld voor Regiobijeenkomst ' || i || '. Tot dan!', '/api/events/' || gen_random_uuid(), gen_random_uuid(),
                   now() - make_interval(mins => i), CASE WHEN i % 10 = 0 THEN NULL ELSE now() END
            FROM generate_series(1, @mine + 100000) AS i;
            ANALYZE notifications;
            """, connection);
        command.Parameters.AddWithValue("mine", notifications);
        command.Parameters.AddWithValue("member", member);
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }
}
