using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Messaging;

/// <summary>An administrator sends again what a consumer gave up on: through the service's API, a message that still
/// fails returns to the error queue, one whose cause was fixed is consumed once, and nothing is lost or doubled.</summary>
public sealed class RedeliveryTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private const string Endpoint = "notifications-member-approved-copier";
    private const string Blocked = "geblokkeerd.example";

    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task A_message_sent_again_fails_again_until_its_cause_is_fixed_then_is_consumed_once()
    {
        await BlockAsync();
        var approved = Approved("Joris Meijer");
        await _slice.Notifications.Services.GetRequiredService<IBus>().Publish(approved);
        var admin = await _slice.AsAdministratorAsync(_slice.Notifications.CreateClient());

        var parked = await ParkedAsync(admin, count => count == 1);
        var message = Assert.Single(parked.GetProperty("messages").EnumerateArray());
        Assert.Equal("MemberApproved", message.GetProperty("messageType").GetString());
        Assert.Contains("blocked_for_redelivery_test", message.GetProperty("exceptionMessage").GetString());
        Assert.True(message.GetProperty("failedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        var messageId = message.GetProperty("id").GetString()!;

        // Sent again while the cause is still there: retried, then back in the error queue, with this failure's details.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/operations/notifications/failed-messages/{Endpoint}/{messageId}/redeliver", null)).StatusCode);
        Assert.Equal(0, (await ParkedAsync(admin, count => count == 0)).GetProperty("count").GetInt64());
        var again = await ParkedAsync(admin, count => count == 1, TimeSpan.FromMinutes(2));
        Assert.Equal(messageId, Assert.Single(again.GetProperty("messages").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0L, await RecipientsAsync(approved.MemberId));

        await UnblockAsync();
        var redelivered = await admin.PostAsync($"/api/operations/notifications/failed-messages/{Endpoint}/{messageId}/redeliver", null);
        Assert.Equal(1, (await redelivered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());

        Assert.Equal(1L, await Eventually.ReturnsAsync(() => RecipientsAsync(approved.MemberId), count => count > 0));
        Assert.Equal(0, (await ParkedAsync(admin, count => count == 0)).GetProperty("count").GetInt64());
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase,
            $"SELECT count(*) FROM inbox_messages WHERE event_id = '{approved.EventId}' AND consumer = 'MemberApprovedCopier'"));
        // It is no longer there to send: a second click finds nothing and moves nothing.
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PostAsync($"/api/operations/notifications/failed-messages/{Endpoint}/{messageId}/redeliver", null)).StatusCode);
        var log = await _slice.AsAdministratorAsync(_slice.Membership.CreateClient());
        var entries = await Eventually.ReturnsAsync(async () => (await log.GetFromJsonAsync<JsonElement>($"/api/audit?action=message.redelivered&targetId={messageId}"))
            .GetProperty("items").EnumerateArray().ToList(), items => items.Count == 2);
        Assert.All(entries, e => Assert.Equal(Endpoint, e.GetProperty("target").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task All_of_an_endpoint_go_back_at_once_and_a_message_consumed_before_changes_nothing_the_second_time()
    {
        await BlockAsync();
        var first = Approved("Kim Vos");
        var second = Approved("Lars Dekker");
        var bus = _slice.Notifications.Services.GetRequiredService<IBus>();
        await bus.Publish(first);
        await bus.Publish(second);
        var admin = await _slice.AsAdministratorAsync(_slice.Notifications.CreateClient());
        await ParkedAsync(admin, count => count == 2);
        await UnblockAsync();
        // The first event arrives again by another way (at least once delivery): its redelivered copy must not double it.
        await bus.Publish(first);
        await Eventually.ReturnsAsync(() => RecipientsAsync(first.MemberId), count => count > 0);

        var redelivered = await admin.PostAsync($"/api/operations/notifications/failed-messages/{Endpoint}/redeliver", null);
        Assert.Equal(2, (await redelivered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());

        Assert.Equal(1L, await Eventually.ReturnsAsync(() => RecipientsAsync(second.MemberId), count => count > 0));
        Assert.Equal(0, (await ParkedAsync(admin, count => count == 0)).GetProperty("count").GetInt64());
        Assert.Equal(1L, await RecipientsAsync(first.MemberId));
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase,
            $"SELECT count(*) FROM inbox_messages WHERE event_id = '{first.EventId}' AND consumer = 'MemberApprovedCopier'"));
    }

    [Fact]
    public async Task Only_administrators_see_or_move_failed_messages_and_only_of_known_endpoints()
    {
        var anonymous = _slice.Notifications.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/operations/notifications/failed-messages")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/operations/notifications/failed-messages/{Endpoint}/redeliver", null)).StatusCode);
        var admin = await _slice.AsAdministratorAsync(_slice.Notifications.CreateClient());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/operations/notifications/failed-messages/membership-elsewhere/redeliver", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/operations/notifications/failed-messages?limit=0")).StatusCode);
        // Each service lists its own endpoints: membership's are not the notifications service's.
        var membership = await (await _slice.AsAdministratorAsync(_slice.Membership.CreateClient()))
            .GetFromJsonAsync<JsonElement>("/api/operations/membership/failed-messages");
        var names = membership.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("endpoint").GetString()).ToList();
        Assert.Contains("membership-audit-entry-recorder", names);
        Assert.DoesNotContain(Endpoint, names);
    }

    private static MemberApproved Approved(string name) => new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), name,
        $"{Guid.NewGuid():N}@{Blocked}", "OBS De Linde", null, "po", null, false);

    /// <summary>A cause outside the message: the database refuses these addresses until the constraint is dropped, as a
    /// full disk or a wrong migration would until an operator fixes it.</summary>
    private Task BlockAsync() => PostgresInstance.ExecuteAsync(_slice.NotificationsDatabase,
        $"ALTER TABLE recipients ADD CONSTRAINT blocked_for_redelivery_test CHECK (email NOT LIKE '%@{Blocked}') NOT VALID");

    private Task UnblockAsync() => PostgresInstance.ExecuteAsync(_slice.NotificationsDatabase,
        "ALTER TABLE recipients DROP CONSTRAINT blocked_for_redelivery_test");

    private Task<long> RecipientsAsync(Guid memberId) =>
        PostgresInstance.QueryScalarAsync<long>(_slice.NotificationsDatabase, $"SELECT count(*) FROM recipients WHERE member_id = '{memberId}'");

    /// <summary>The endpoint as the API lists it, once its count satisfies <paramref name="until"/>.</summary>
    private static async Task<JsonElement> ParkedAsync(HttpClient admin, Func<long, bool> until, TimeSpan? timeout = null) =>
        await Eventually.ReturnsAsync(async () =>
            (await admin.GetFromJsonAsync<JsonElement>("/api/operations/notifications/failed-messages")).GetProperty("endpoints").EnumerateArray()
                .Single(e => e.GetProperty("endpoint").GetString() == Endpoint),
            endpoint => until(endpoint.GetProperty("count").GetInt64()), timeout ?? TimeSpan.FromMinutes(2));
}
