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
    [Fact]
    public async Task Registrations_made_while_the_broker_is_down_are_all_consumed_once_it_is_back()
    {
        var servers = await TestServers.SharedAsync();
        var broker = await servers.StartPrivateBrokerAsync();
        await using var slice = await PlatformSlice.StartAsync(servers, broker.ConnectionString,
            settings: new Dictionary<string, string?> { ["Outbox:BacklogInterval"] = "00:00:00.200" });
        using var backlog = new BacklogGauges(slice.Membership.Services.GetRequiredService<IMeterFactory>());
        Assert.Equal(0L, await Eventually.ReturnsAsync(() => Task.FromResult(backlog.Pending()), pending => pending == 0));

        await broker.StopAsync();
        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => slice.RegisterAsync($"Lid {i} tijdens storing")));

        // The requests succeed without a broker: the events wait in the outbox, committed with the members, and the
        // dashboard's gauges say so.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(5L, await slice.UnsentOutboxRowsAsync());
        Assert.Equal(0L, await slice.AdminNotificationsAsync());
        Assert.Equal(5L, await Eventually.ReturnsAsync(() => Task.FromResult(backlog.Pending()), pending => pending == 5));
        Assert.True(await Eventually.ReturnsAsync(() => Task.FromResult(backlog.OldestAgeSeconds()), age => age > 0) > 0);

        await broker.StartAgainAsync();

        var notified = await Eventually.ReturnsAsync(slice.AdminNotificationsAsync, count => count >= 5, TimeSpan.FromMinutes(2));
        Assert.Equal(5L, notified);
        Assert.Equal(0L, await Eventually.ReturnsAsync(slice.UnsentOutboxRowsAsync, unsent => unsent == 0));
        Assert.Equal(0L, await Eventually.ReturnsAsync(() => Task.FromResult(backlog.Pending()), pending => pending == 0));
        Assert.Equal(0, backlog.OldestAgeSeconds());
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

    /// <summary>The membership outbox's gauges of one host, read the way an exporter reads them.</summary>
    private sealed class BacklogGauges : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _pending = -1;
        private double _oldestAge = -1;

        public BacklogGauges(IMeterFactory host)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                // The host's own meter: other tests' hosts in this process have gauges of the same names and tags.
                if (instrument.Meter.Scope == host && instrument.Meter.Name == OutboxBacklog<MembershipDbContext>.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name == "netwerk.outbox.pending") Interlocked.Exchange(ref _pending, value);
            });
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                if (instrument.Name == "netwerk.outbox.oldest_pending_age") Interlocked.Exchange(ref _oldestAge, value);
            });
            _listener.Start();
        }

        public long Pending()
        {
            _listener.RecordObservableInstruments();
            return Interlocked.Read(ref _pending);
        }

        public double OldestAgeSeconds()
        {
            _listener.RecordObservableInstruments();
            return Interlocked.CompareExchange(ref _oldestAge, 0, 0);
        }

        public void Dispose() => _listener.Dispose();
    }
}
