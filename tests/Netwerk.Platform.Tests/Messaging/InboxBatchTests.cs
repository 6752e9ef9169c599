using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Contracts.Events;
using Netwerk.Testing;
using Npgsql;

namespace Netwerk.Platform.Tests.Messaging;

/// <summary>The notices a registration rush brings are applied in batches (one transaction for many events); the
/// inbox's promises must hold for a batch as for a single event.</summary>
public sealed class InboxBatchTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private const string ErrorQueue = "notifications-registration-confirmed-notifier_error";
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task A_burst_of_confirmations_gives_every_member_one_notice_even_when_events_arrive_twice()
    {
        var networkEvent = Guid.CreateVersion7();
        var confirmations = Enumerable.Range(0, 150).Select(i => Confirmation(networkEvent, i)).ToList();
        var bus = _slice.Notifications.Services.GetRequiredService<IBus>();

        // Every tenth event is delivered twice, within the same burst and so possibly within the same batch.
        await Task.WhenAll(confirmations.Concat(confirmations.Where((_, i) => i % 10 == 0)).Select(c => bus.Publish(c)));

        var notices = await Eventually.ReturnsAsync(() => NoticesAboutAsync(networkEvent), count => count >= confirmations.Count);
        await Task.Delay(1_000); // a second delivery, if it were applied, would be a notice more
        Assert.Equal(confirmations.Count, await NoticesAboutAsync(networkEvent));
        Assert.Equal((long)confirmations.Count, await PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase,
            $"SELECT count(DISTINCT recipient_member_id) FROM notifications WHERE link = '/bijeenkomsten/{networkEvent}'"));
        Assert.Equal(confirmations.Count, notices);
        // Rows written by one transaction share its id (xmin): a burst takes fewer transactions than it has events
        // (one each without batches). How much fewer depends on how fast the burst arrives, so only that is asserted.
        var ids = string.Join(",", confirmations.Select(c => $"'{c.EventId}'"));
        var transactions = await PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase,
            $"SELECT count(DISTINCT xmin::text) FROM inbox_messages WHERE consumer = 'RegistrationConfirmedNotifier' AND event_id IN ({ids})");
        Assert.InRange(transactions, 1, confirmations.Count - 1);
    }

    [Fact]
    public async Task One_event_that_keeps_failing_does_not_hold_back_the_others_of_its_batch()
    {
        var networkEvent = Guid.CreateVersion7();
        var confirmations = Enumerable.Range(0, 40).Select(i => Confirmation(networkEvent, i)).ToList();
        var unlucky = confirmations[17];
        await RefuseNoticesForAsync(unlucky.MemberId);
        var bus = _slice.Notifications.Services.GetRequiredService<IBus>();

        await Task.WhenAll(confirmations.Select(c => bus.Publish(c)));

        var notices = await Eventually.ReturnsAsync(() => NoticesAboutAsync(networkEvent), count => count >= confirmations.Count - 1);
        Assert.Equal(confirmations.Count - 1, notices);
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase,
            $"SELECT count(*) FROM notifications WHERE recipient_member_id = '{unlucky.MemberId}'"));
        // After MassTransit's retries the failing event is parked, not lost.
        var parked = await Eventually.ReturnsAsync(MessagesInErrorQueueAsync, count => count > 0, TimeSpan.FromMinutes(2));
        Assert.True(parked > 0);
    }

    private static RegistrationConfirmed Confirmation(Guid networkEvent, int i) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, networkEvent, "Congres OnderwijsInzicht", Guid.CreateVersion7(),
            new RegistrationCounts(1_000, i + 1, 0));

    private Task<int> NoticesAboutAsync(Guid networkEvent) =>
        PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase,
            $"SELECT count(*) FROM notifications WHERE link = '/bijeenkomsten/{networkEvent}'").ContinueWith(t => (int)t.Result);

    /// <summary>A fault the consumer cannot know about: the database refuses this one member's notices.</summary>
    private async Task RefuseNoticesForAsync(Guid memberId)
    {
        await using var connection = new NpgsqlConnection(_slice.NotificationsDatabase);
        await connection.OpenAsync();
        var name = $"refuse_{memberId:N}";
        await using var command = new NpgsqlCommand($"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'notices for this member are refused'; END $$;
            CREATE TRIGGER {name} BEFORE INSERT ON notifications FOR EACH ROW
            WHEN (NEW.recipient_member_id = '{memberId}') EXECUTE FUNCTION {name}();
            """, connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task<uint> MessagesInErrorQueueAsync() => ParkedMessages.CountAsync(_slice.BrokerConnectionString, ErrorQueue);
}
