using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Netwerk.Events.Reminders;
using Netwerk.Testing;

namespace Netwerk.Events.Tests.Reminders;

/// <summary>`EventReminderDue` goes out once per event, with two schedulers running and across a restart.</summary>
public sealed class ReminderTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Each_due_reminder_is_sent_once_by_two_schedulers_and_after_a_restart()
    {
        var now = fixture.Clock.GetUtcNow();
        var soon = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            soon.Add((await fixture.ScheduleAsync(e =>
            {
                e["startsAt"] = now.AddHours(20 + i).ToString("O");
                e["endsAt"] = now.AddHours(22 + i).ToString("O");
            })).Id());
        }
        var later = (await fixture.ScheduleAsync(e =>
        {
            e["startsAt"] = now.AddDays(3).ToString("O");
            e["endsAt"] = now.AddDays(3).AddHours(2).ToString("O");
        })).Id();
        var second = await fixture.StartReplicaAsync();

        // Besides their own loops, both instances are made to look for due reminders at the same moments.
        var schedulers = new[] { fixture.Service, second }
            .Select(host => host.Services.GetServices<IHostedService>().OfType<ReminderScheduler>().Single()).ToList();
        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => schedulers.Select(s => s.SendDueRemindersAsync(CancellationToken.None))));
        await second.DisposeAsync();
        var restarted = await fixture.StartReplicaAsync();
        await restarted.Services.GetServices<IHostedService>().OfType<ReminderScheduler>().Single().SendDueRemindersAsync(CancellationToken.None);

        foreach (var eventId in soon) Assert.Equal(1, await RemindersAsync(eventId));
        Assert.Equal(0, await RemindersAsync(later));

        fixture.Clock.Advance(TimeSpan.FromDays(2.5));
        Assert.Equal(1, await Eventually.ReturnsAsync(() => RemindersAsync(later), n => n > 0));
    }

    private Task<long> RemindersAsync(Guid eventId) => fixture.CountAsync(
        $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%EventReminderDue%' AND payload->'event'->>'id' = '{eventId}'");
}
