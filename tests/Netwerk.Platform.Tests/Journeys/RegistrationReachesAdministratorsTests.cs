using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Journeys;

/// <summary>The first slice: a registration in membership becomes an administrators' notification in notifications.</summary>
public sealed class RegistrationReachesAdministratorsTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task A_registration_puts_a_Dutch_notification_in_the_administrators_inbox()
    {
        var response = await _slice.RegisterAsync("Bram Jansen");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var body = await Eventually.ReturnsAsync(
            () => PostgresInstance.QueryScalarAsync<object>(_slice.NotificationsDatabase,
                "SELECT coalesce((SELECT body FROM notifications WHERE recipient_role = 'admin' AND body LIKE 'Bram Jansen %'), '')"),
            value => (string)value != "");

        Assert.Equal("Bram Jansen van CSG Het Noorderlicht (34CD) heeft zich aangemeld en wacht op goedkeuring.", body);
        // The row is marked sent once the broker confirms, which may be a moment after the consumer saw it.
        Assert.Equal(0L, await Eventually.ReturnsAsync(_slice.UnsentOutboxRowsAsync, unsent => unsent == 0));
    }

    [Fact]
    public async Task The_administrator_reads_it_in_the_inbox_with_a_membership_token()
    {
        await _slice.RegisterAsync("Ilse Hendriks");
        var inbox = await _slice.AsAdministratorAsync(_slice.Notifications.CreateClient());

        var titles = await Eventually.ReturnsAsync(async () =>
            (await inbox.GetFromJsonAsync<JsonElement>("/api/notifications?unread=true")).GetProperty("items").EnumerateArray()
                .Select(n => n.GetProperty("body").GetString()!).ToList(),
            bodies => bodies.Any(b => b.StartsWith("Ilse Hendriks ")));

        Assert.Contains(titles, b => b.StartsWith("Ilse Hendriks van CSG Het Noorderlicht"));
    }

    [Fact]
    public async Task The_inbox_needs_a_token()
    {
        var response = await _slice.Notifications.CreateClient().GetAsync("/api/notifications");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_consumer_continues_the_trace_of_the_request_that_raised_the_event()
    {
        var recorded = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (recorded) recorded.Add(activity); },
        };
        ActivitySource.AddActivityListener(listener);

        var traceId = ActivityTraceId.CreateRandom();
        var client = _slice.Membership.CreateClient();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        await _slice.RegisterAsync("Chantal Bakker", client);

        // MassTransit's consume activity is the last hop of the chain gateway → service → outbox → broker → consumer.
        // The outbox's publish activity stops when the broker confirms, which may come after the consumer is done,
        // so both are awaited.
        var traced = await Eventually.ReturnsAsync(
            () => Task.FromResult(Snapshot(recorded).Where(a => a.TraceId == traceId).ToList()),
            activities => activities.Any(a => a.Kind == ActivityKind.Consumer)
                && activities.Any(a => a.OperationName.StartsWith("outbox publish")));

        Assert.Contains(traced, a => a.Kind == ActivityKind.Consumer);
        Assert.Contains(traced, a => a.OperationName.StartsWith("outbox publish"));
    }

    private static List<Activity> Snapshot(List<Activity> recorded)
    {
        lock (recorded) return [.. recorded];
    }
}
