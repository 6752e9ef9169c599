using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Messaging;

public sealed class ErrorQueueTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private const string ErrorQueue = "notifications-member-approved-copier_error";
    private const string ParkedGauge = "netwerk.messaging.error_queue.messages";

    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_kept_in_the_error_queue_not_dropped()
    {
        // Breaks the contract: an address longer than any e-mail address may be, so every attempt to keep it fails in
        // the database.
        var poison = new MemberApproved(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), "Anne de Vries",
            new string('x', 5_000) + "@obs-delinde.example", "OBS De Linde", null, "po", null, false);

        using var gauges = new MessagingGauges(fixture.Slice.Notifications.Services.GetRequiredService<IMeterFactory>());
        await fixture.Slice.Notifications.Services.GetRequiredService<IBus>().Publish(poison);

        var parked = await Eventually.ReturnsAsync(MessagesInErrorQueueAsync, count => count > 0, TimeSpan.FromMinutes(2));
        Assert.Equal(1u, parked);
        // The dashboard's gauge says the same, for that endpoint (the queue without `_error`).
        var endpoint = ErrorQueue[..^"_error".Length];
        Assert.Equal(1, await Eventually.ReturnsAsync(() => Task.FromResult(gauges.Read(ParkedGauge, endpoint)), count => count == 1));
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(fixture.Slice.NotificationsDatabase, $"SELECT count(*) FROM recipients WHERE member_id = '{poison.MemberId}'"));
    }

    private Task<uint> MessagesInErrorQueueAsync() => ParkedMessages.CountAsync(fixture.Slice.BrokerConnectionString, ErrorQueue);
}
