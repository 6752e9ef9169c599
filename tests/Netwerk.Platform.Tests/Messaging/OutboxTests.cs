using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Outbox;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Messaging;

public sealed class OutboxTests
{
    private const string Pending = "netwerk.outbox.pending";
    private const string OldestAge = "netwerk.outbox.oldest_pending_age";

    [Fact]
    public async Task Registrations_made_while_the_broker_is_down_are_all_consumed_once_it_is_back()
    {
        var servers = await TestServers.SharedAsync();
        var broker = await servers.StartPrivateBrokerAsync();
        await using var slice = await PlatformSlice.StartAsync(servers, broker.ConnectionString,
            settings: new Dictionary<string, string?> { ["Outbox:BacklogInterval"] = "00:00:00.200" });
        using var gauges = new MessagingGauges(slice.Membership.Services.GetRequiredService<IMeterFactory>());
        Assert.Equal(0, await Eventually.ReturnsAsync(() => Task.FromResult(gauges.Read(Pending)), pending => pending == 0));

        await broker.StopAsync();
        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => slice.RegisterAsync($"Lid {i} tijdens storing")));

        // The requests succeed without a broker: the events wait in the outbox, committed with the members, and the
        // dashboard's gauges say so.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(5L, await slice.UnsentOutboxRowsAsync());
        Assert.Equal(0L, await slice.AdminNotificationsAsync());
        Assert.Equal(5, await Eventually.ReturnsAsync(() => Task.FromResult(gauges.Read(Pending)), pending => pending == 5));
        Assert.True(await Eventually.ReturnsAsync(() => Task.FromResult(gauges.Read(OldestAge)), age => age > 0) > 0);

        await broker.StartAgainAsync();

        var notified = await Eventually.ReturnsAsync(slice.AdminNotificationsAsync, count => count >= 5, TimeSpan.FromMinutes(2));
        Assert.Equal(5L, notified);
        Assert.Equal(0L, await Eventually.ReturnsAsync(slice.UnsentOutboxRowsAsync, unsent => unsent == 0));
        Assert.Equal(0, await Eventually.ReturnsAsync(() => Task.FromResult(gauges.Read(Pending)), pending => pending == 0));
        Assert.Equal(0, gauges.Read(OldestAge));
    }

    [Fact]
    public async Task Dispatchers_of_several_replicas_publish_each_event_exactly_once()
    {
        var servers = await TestServers.SharedAsync();
        await using var slice = await PlatformSlice.StartAsync(servers, await servers.Broker.NewVirtualHostAsync());
        var services = slice.Membership.Services;

        var eventIds = new List<Guid>();
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
            for (var i = 0; i < 300; i++)
            {
                var registered = new MemberRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(),
                    $"Lid {i}", "OBS De Linde", null, "po");
                db.AddIntegrationEvent(registered);
                eventIds.Add(registered.EventId);
            }
            await db.SaveChangesAsync();
        }

        // Two more dispatchers beside the host's own: three replicas draining one outbox at the same time.
        var replicas = Enumerable.Range(0, 2)
            .Select(_ => ActivatorUtilities.CreateInstance<OutboxDispatcher<MembershipDbContext>>(services))
            .ToList();
        await Task.WhenAll(replicas.Select(replica => Task.Run(async () =>
        {
            while (await replica.DispatchBatchAsync(CancellationToken.None) > 0) { }
        })));

        await Eventually.ReturnsAsync(() => Task.FromResult(slice.Deliveries.TotalDeliveries), total => total >= 300);
        Assert.Equal(0L, await Eventually.ReturnsAsync(slice.UnsentOutboxRowsAsync, unsent => unsent == 0));
        Assert.All(eventIds, id => Assert.Equal(1, slice.Deliveries.DeliveriesOf(id)));
        Assert.Equal(300, slice.Deliveries.TotalDeliveries);
    }
}
