using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Netwerk.Testing;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>State changes in the events service (registrations) on their way to partners' endpoints on loopback,
/// through RabbitMQ, the notifications service's stored deliveries and its dispatcher. Latency is from the change's
/// `timestamp` (set by the events service when it committed) to the receiver's arrival; both clocks are this machine's.
/// <para>Fan-out: <c>events</c> registrations as fast as the events service takes them, to <c>subscriptions</c>
/// subscriptions, one of which never answers (each call times out after 15 s) and one answers after 2 s. Deliveries
/// per second are counted at the healthy endpoints, from the first registration to the last arrival.</para>
/// <para>Steady: <c>rate</c> registrations a second for <c>seconds</c>, to one healthy subscription beside the dead
/// and the slow one.</para></summary>
internal sealed class PartnerFanOut(BenchmarkPlatform platform, int events, int subscriptions, int rate, int seconds)
{
    private const string Dead = "/dead";
    private const string Slow = "/slow";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(15);

    public sealed record FanOutResult(int Events, int HealthySubscriptions, int Delivered, double DeliveriesPerSecond, double RegistrationsPerSecond,
        LatencySummary Latency, LatencySummary LastArrivalPerEndpoint, int SlowDelivered, int DeadAttempts, bool Complete);

    public sealed record SteadyResult(int Events, double Rate, LatencySummary Latency, int Delivered);

    public async Task<(FanOutResult FanOut, SteadyResult Steady)> RunAsync(TextWriter output)
    {
        await using var receiver = await WebhookReceiver.StartAsync(keepHeaders: false);
        var never = new TaskCompletionSource<(int, IReadOnlyDictionary<string, string>?)>();
        receiver.On(Dead, (_, _) => never.Task);
        receiver.On(Slow, async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            return (200, null);
        });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromMinutes(2) };
        var partner = platform.Tokens.Partner("benchmark-partner");
        var moderator = platform.Tokens.Moderator(Guid.NewGuid());

        var healthy = Enumerable.Range(1, subscriptions - 2).Select(i => $"/partner-{i:00}").ToList();
        var fanOutIds = new List<Guid>();
        foreach (var path in healthy.Append(Slow).Append(Dead)) fanOutIds.Add(await SubscribeAsync(client, partner, receiver.Url(path)));

        var fanOut = await FanOutAsync(client, receiver, moderator, healthy, output);

        // Steady: the fan-out's healthy subscriptions step aside; the dead and the slow one stay, with their backlog.
        foreach (var id in fanOutIds.Take(healthy.Count)) await DisableAsync(client, partner, id);
        await SubscribeAsync(client, partner, receiver.Url("/steady"));
        var steady = await SteadyAsync(client, receiver, moderator, output);
        never.TrySetResult((200, null));
        return (fanOut, steady);
    }

    private async Task<FanOutResult> FanOutAsync(HttpClient client, WebhookReceiver receiver, string moderator, List<string> healthy, TextWriter output)
    {
        var eventId = await RegistrationRush.ScheduleAsync(client, platform.Events.Address, moderator, events);
        var tokens = Enumerable.Range(0, events).Select(i => platform.Tokens.Member(Guid.NewGuid(), $"Lid {i}")).ToArray();
        var started = Stopwatch.GetTimestamp();
        var startedAt = DateTimeOffset.UtcNow;
        await Task.WhenAll(tokens.Select(token => RegisterAsync(client, eventId, token)));
        var registering = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"  fan-out: {events} registrations in {registering.TotalSeconds:F1} s; waiting for {events * healthy.Count:N0} deliveries");

        var expected = events * healthy.Count;
        var deadline = DateTime.UtcNow + Patience;
        while (healthy.Sum(receiver.CountAt) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
        }
        var healthyArrivals = healthy.SelectMany(receiver.At).Where(r => EventOf(r) == eventId).ToList();
        var last = healthyArrivals.Max(r => r.ArrivedAt);
        var latency = LatencySummary.From(healthyArrivals.Select(LatencyMs));
        var lastPerEndpoint = LatencySummary.From(healthy.Select(path => (receiver.At(path).Max(r => r.ArrivedAt) - startedAt).TotalMilliseconds));
        return new FanOutResult(events, healthy.Count, healthyArrivals.Count, healthyArrivals.Count / (last - startedAt).TotalSeconds,
            events / registering.TotalSeconds, latency, lastPerEndpoint, receiver.CountAt(Slow), receiver.CountAt(Dead), healthyArrivals.Count >= expected);
    }

    private async Task<SteadyResult> SteadyAsync(HttpClient client, WebhookReceiver receiver, string moderator, TextWriter output)
    {
        var total = rate * seconds;
        var eventId = await RegistrationRush.ScheduleAsync(client, platform.Events.Address, moderator, total);
        var tokens = Enumerable.Range(0, total).Select(i => platform.Tokens.Member(Guid.NewGuid(), $"Lid {i}")).ToArray();
        var started = Stopwatch.GetTimestamp();
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            sends.Add(RegisterAsync(client, eventId, tokens[i]));
        }
        await Task.WhenAll(sends);
        var achieved = total / Stopwatch.GetElapsedTime(started).TotalSeconds;
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (receiver.CountAt("/steady") < total && DateTime.UtcNow < deadline) await Task.Delay(500);

        var arrivals = receiver.At("/steady").Where(r => EventOf(r) == eventId).ToList();
        output.WriteLine($"  steady: {total} registrations at {achieved:F0}/s, {arrivals.Count} delivered");
        return new SteadyResult(total, achieved, LatencySummary.From(arrivals.Select(LatencyMs)), arrivals.Count);
    }

    private async Task RegisterAsync(HttpClient client, Guid eventId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(platform.Events.Address, $"/api/events/{eventId}/registrations"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Registration failed: {response.StatusCode}");
    }

    private async Task<Guid> SubscribeAsync(HttpClient client, string partner, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(platform.Notifications.Address, "/api/webhooks/subscriptions"))
        {
            Content = JsonContent.Create(new { url, eventTypes = new[] { "event.registrations.changed" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", partner);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Subscribing failed: {body}");
        return body.GetProperty("id").GetGuid();
    }

    private async Task DisableAsync(HttpClient client, string partner, Guid subscription)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri(platform.Notifications.Address, $"/api/webhooks/subscriptions/{subscription}"))
        {
            Content = JsonContent.Create(new { enabled = false }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", partner);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private static Guid EventOf(ReceivedWebhook request) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("data").GetProperty("eventId").GetGuid();

    /// <summary>From the change's commit (the message's `timestamp`, set by the events service) to arrival.</summary>
    private static double LatencyMs(ReceivedWebhook request) =>
        (request.ArrivedAt - JsonDocument.Parse(request.Body).RootElement.GetProperty("timestamp").GetDateTimeOffset()).TotalMilliseconds;
}
