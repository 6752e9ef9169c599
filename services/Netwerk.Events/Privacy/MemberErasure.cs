using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Events.Data;
using Netwerk.Events.Registrations;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging.Inbox;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Privacy;

/// <summary>A member who leaves the network keeps no trace here: their name goes, and their registrations no longer
/// say who they were. A seat or waiting-list place for an event still to come is given up (the next on the waiting
/// list moves up), since nobody can use it any more; past events keep their rows, so counts and attendance stay right.</summary>
public sealed class MemberErasure(EventsDbContext db, TimeProvider clock) : InboxConsumer<MemberErased, EventsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberErased message, CancellationToken cancellationToken)
    {
        var now = Clock.Now();
        var upcoming = await Db.Registrations
            .Where(r => r.MemberId == message.MemberId && r.Status != RegistrationStatus.Cancelled)
            .Join(Db.Events.Where(e => e.Status == NetworkEventStatus.Scheduled && e.StartsAt > now),
                r => r.NetworkEventId, e => e.Id, (r, e) => r.NetworkEventId)
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
        foreach (var eventId in upcoming)
        {
            var networkEvent = await Seats.LockEventAsync(Db, eventId, cancellationToken);
            var registration = await Db.Registrations.SingleAsync(r => r.NetworkEventId == eventId && r.MemberId == message.MemberId, cancellationToken);
            await Seats.ReleaseAsync(Db, networkEvent!, registration, now, cancellationToken);
        }
        await Db.SaveChangesAsync(cancellationToken);

        await Db.Registrations.Where(r => r.MemberId == message.MemberId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.MemberId, (Guid?)null), cancellationToken);
        await Db.KnownMembers.Where(a => a.MemberId == message.MemberId).ExecuteDeleteAsync(cancellationToken);
    }
}
