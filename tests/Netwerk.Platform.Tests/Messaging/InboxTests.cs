using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Messaging;

public sealed class InboxTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task An_event_delivered_twice_has_one_effect()
    {
        var registered = new MemberRegistered(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(),
            "Dirk Smit", "SWV Passend Onderwijs", null, "po-vo");
        var bus = _slice.Notifications.Services.GetRequiredService<IBus>();

        await bus.Publish(registered);
        await bus.Publish(registered);

        var deliveries = await Eventually.ReturnsAsync(
            () => Task.FromResult(_slice.Deliveries.DeliveriesOf(registered.EventId)), count => count >= 2);
        Assert.Equal(2, deliveries);
        Assert.Equal(1L, await _slice.AdminNotificationsAsync());
    }
}
