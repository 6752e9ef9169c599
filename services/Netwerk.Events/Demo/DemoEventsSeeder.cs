using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Events;
using Netwerk.Events.Data;
using Netwerk.Events.Registrations;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Text;
using Netwerk.ServiceDefaults.Demo;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Demo;

/// <summary>Schedules the demo meetings in Development (unless `Seed:DemoData` is false), each once, and registers a
/// few of the demo members for them. A working group's meeting waits until membership's GroupCreated for that group
/// has arrived, registrations until the members' MemberApproved have: so it runs in the background rather than
/// holding up the start.</summary>
internal sealed class DemoEventsSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoEventsSeeder> logger) : PatientDemoSeeder(clock, logger)
{
    protected override string What => "events";

    /// <summary>Adds the demo events that are missing and their registrants; done when none waits for its working
    /// group or for members any more.</summary>
    protected override async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var links = scope.ServiceProvider.GetRequiredService<PublicLinks>();
        var existing = await db.Events.Select(e => e.Title).ToListAsync(cancellationToken);
        var groups = await db.KnownGroups.ToDictionaryAsync(g => g.Name, g => g.Id, cancellationToken);
        var zone = EventTimes.FindZone(EventTimes.DefaultTimeZone)!;
        var now = Clock.Now();
        var waiting = 0;

        foreach (var demo in DemoEvents.All.Where(d => !existing.Contains(d.Title)))
        {
            Guid? groupId = null;
            if (demo.GroupName is { } groupName)
            {
                if (!groups.TryGetValue(groupName, out var id))
                {
                    waiting++;
                    continue;
                }
                groupId = id;
            }
            var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(demo.DaysAhead);
            while (day.DayOfWeek != demo.Weekday) day = day.AddDays(1);
            var networkEvent = new NetworkEvent
            {
                Id = Guid.CreateVersion7(now),
                Title = demo.Title,
                Description = "",
                DescriptionHtml = "",
                StartsAt = AtAmsterdam(day, demo.Starts, zone),
                EndsAt = AtAmsterdam(day, demo.Ends, zone),
                TimeZone = zone.Id,
                Location = demo.Location,
                OnlineUrl = demo.OnlineUrl,
                Capacity = demo.Capacity,
                GroupId = groupId,
                RegistrationClosesAt = AtAmsterdam(day.AddDays(-2), new TimeOnly(23, 59), zone),
                Status = NetworkEventStatus.Scheduled,
                CreatedBy = Guid.Empty,
                CreatedAt = now,
                UpdatedAt = now,
            };
            networkEvent.Description = demo.Description.Trim();
            networkEvent.DescriptionHtml = SafeMarkdown.ToSafeHtml(networkEvent.Description);
            db.Events.Add(networkEvent);
            db.AddIntegrationEvent(new EventScheduled(Guid.CreateVersion7(now), now, EventMessages.Details(networkEvent, links)));
        }
        await db.SaveChangesAsync(cancellationToken);
        return waiting + await RegisterDemoMembersAsync(db, now, cancellationToken) == 0;
    }

    /// <summary>Gives each demo event its registrants from the members this service knows (approved ones), once.</summary>
    private static async Task<int> RegisterDemoMembersAsync(EventsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = await db.KnownMembers.OrderBy(a => a.DisplayName).Select(a => a.MemberId).ToListAsync(cancellationToken);
        var waiting = 0;
        foreach (var demo in DemoEvents.All.Where(d => d.Registrants > 0))
        {
            if (members.Count < demo.Registrants)
            {
                waiting++;
                continue;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var eventId = await db.Events.Where(e => e.Title == demo.Title).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (eventId is null || await db.Registrations.AnyAsync(r => r.NetworkEventId == eventId, cancellationToken)) continue;
            var networkEvent = (await Seats.LockEventAsync(db, eventId.Value, cancellationToken))!;
            foreach (var memberId in members.Take(demo.Registrants)) Seats.Admit(db, networkEvent, memberId, cancelled: null, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return waiting;
    }

    private static DateTimeOffset AtAmsterdam(DateOnly day, TimeOnly time, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), zone), TimeSpan.Zero);
}
