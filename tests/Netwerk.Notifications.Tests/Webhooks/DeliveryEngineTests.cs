using System.Net;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

/// <summary>The delivery engine under replicas, restarts and bad endpoints. Each test has a service of its own, as
/// each starts and stops replicas.</summary>
public sealed class DeliveryEngineTests : OwnService
{
    [Fact]
    public async Task Two_replicas_deliver_every_message_exactly_once()
    {
        await Fixture.StartReplicaAsync();
        await Fixture.SubscribeAsync("twins", Fixture.Receiver.Url("/twins"), "event.scheduled");

        var events = Enumerable.Range(0, 200).Select(_ => PartnerEvents.Scheduled()).ToList();
        await Task.WhenAll(events.Select(Fixture.PublishAsync));
        await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Receiver.At("/twins").Count), count => count >= 200);
        await Task.Delay(1000); // a double would arrive in this time

        var received = Fixture.Receiver.At("/twins");
        Assert.Equal(200, received.Count);
        Assert.Equal(200, received.Select(r => r.Id).Distinct().Count());
        Assert.Equal(200, await Fixture.CountAsync("SELECT count(*) FROM webhook_attempts"));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_backlog_loses_nothing_and_sends_nothing_twice()
    {
        var url = Fixture.Receiver.On("/backlog", async (_, _) =>
        {
            await Task.Delay(40);
            return (200, null);
        });
        await Fixture.SubscribeAsync("backlog", url, "event.scheduled");
        var events = Enumerable.Range(0, 150).Select(_ => PartnerEvents.Scheduled()).ToList();
        await Task.WhenAll(events.Select(Fixture.PublishAsync));
        await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Receiver.At("/backlog").Count), count => count >= 20);

        var first = Fixture.Service;
        var second = await Fixture.StartReplicaAsync();
        await Fixture.StopReplicaAsync(first);
        var atRestart = Fixture.Receiver.At("/backlog").Count;
        await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Receiver.At("/backlog").Count), count => count >= 150);
        await Task.Delay(1000);

        var received = Fixture.Receiver.At("/backlog");
        Assert.InRange(atRestart, 20, 149); // the restart really came mid-backlog
        Assert.Equal(150, received.Select(r => r.Id).Distinct().Count());
        Assert.Equal(150, received.Count);
        Assert.Same(second, Fixture.Service);
    }

    [Fact]
    public async Task A_slow_endpoint_holds_no_more_than_its_own_places_and_the_others_keep_flowing()
    {
        var release = new TaskCompletionSource();
        var slowUrl = Fixture.Receiver.On("/slow", async (_, _) =>
        {
            await release.Task;
            return (200, null);
        });
        await Fixture.SubscribeAsync("slow", slowUrl, "event.scheduled");
        await Fixture.SubscribeAsync("dead", "http://127.0.0.1:9/nobody-listens", "event.scheduled");
        await Fixture.SubscribeAsync("fast", Fixture.Receiver.Url("/fast"), "event.scheduled");

        var events = Enumerable.Range(0, 40).Select(_ => PartnerEvents.Scheduled()).ToList();
        await Task.WhenAll(events.Select(Fixture.PublishAsync));

        var fast = await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Receiver.At("/fast").Count), count => count >= 40);
        Assert.Equal(40, fast);
        // Four places per subscription in this fixture: the slow endpoint holds four calls, no more.
        Assert.Equal(4, Fixture.Receiver.At("/slow").Count);
        release.SetResult();
        await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Receiver.At("/slow").Count), count => count >= 40);
        Assert.Equal(40, Fixture.Receiver.At("/slow").Count);
    }
}
