using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Events;
using Netwerk.Events.Data;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Events.Registrations;

/// <summary>How seats are given out. Every change to an event's registrations first locks the event's row
/// (`SELECT … FOR UPDATE`) inside a transaction: changes to one event queue up behind that lock, across requests and
/// replicas alike, and the seat counters on the row are read and written by one transaction at a time. So capacity is
/// never exceeded and the waiting list keeps its order, whatever the number of simultaneous requests; changes to
/// different events never wait for each other.</summary>
internal static class Seats
{
    /// <summary>Locks the event for the rest of the caller's transaction; null when it does not exist.</summary>
    public static Task<NetworkEvent?> LockEventAsync(EventsDbContext db, Guid eventId, CancellationToken cancellationToken) =>
        db.Events.FromSql($"SELECT * FROM network_events WHERE id = {eventId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

    /// <summary>Why nobody can register now, in words for the client; null while registration is open.</summary>
    public static string? ClosedReason(NetworkEvent networkEvent, DateTimeOffset now) => networkEvent switch
    {
        { IsCancelled: true } => "This event is cancelled.",
        _ when now >= networkEvent.StartsAt => "This event has already started.",
        _ when now >= networkEvent.EffectiveClosingTime => "Registration for this event has closed.",
        _ => null,
    };

    /// <summary>Gives the member a seat while one is free, else the next place on the waiting list, at the back of the
    /// queue: in a new registration, or in their <paramref name="cancelled"/> one (one row per member and event).</summary>
    public static Registration Admit(EventsDbContext db, NetworkEvent networkEvent, Guid memberId, Registration? cancelled, DateTimeOffset now)
    {
        var status = networkEvent.HasFreeSeat ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        var registration = cancelled ?? db.Registrations.Add(new Registration
        {
            Id = Guid.CreateVersion7(now),
            NetworkEventId = networkEvent.Id,
            MemberId = memberId,
            Status = status,
            RegisteredAt = now,
        }).Entity;
        registration.Status = status;
        registration.QueueNumber = networkEvent.NextQueueNumber++;
        registration.RegisteredAt = now;
        registration.CancelledAt = null;
        registration.PromotedAt = null;
        registration.CheckedInAt = null;
        if (status == RegistrationStatus.Confirmed)
        {
            networkEvent.ConfirmedCount++;
            db.AddIntegrationEvent(new RegistrationConfirmed(Guid.CreateVersion7(now), now, networkEvent.Id, networkEvent.Title, memberId, Counts(networkEvent)));
        }
        else
        {
            networkEvent.WaitlistCount++;
            db.AddIntegrationEvent(new RegistrationWaitlisted(Guid.CreateVersion7(now), now, networkEvent.Id, networkEvent.Title, memberId,
                networkEvent.WaitlistCount, Counts(networkEvent)));
        }
        return registration;
    }

    /// <summary>Cancels a seat or a waiting-list place and hands a freed seat to the first who waits, in the same
    /// transaction: there is no moment in which a seat is free while someone waits.</summary>
    public static async Task ReleaseAsync(EventsDbContext db, NetworkEvent networkEvent, Registration registration, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (registration.Status == RegistrationStatus.Confirmed) networkEvent.ConfirmedCount--;
        else if (registration.Status == RegistrationStatus.Waitlisted) networkEvent.WaitlistCount--;
        else return;

        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledAt = now;
        if (registration.MemberId is { } memberId)
        {
            db.AddIntegrationEvent(new RegistrationCancelled(Guid.CreateVersion7(now), now, networkEvent.Id, networkEvent.Title, memberId, Counts(networkEvent)));
        }
        await PromoteFromWaitlistAsync(db, networkEvent, now, cancellationToken);
    }

    /// <summary>Fills every free seat from the front of the waiting list (after a cancellation or a larger capacity).</summary>
    public static async Task PromoteFromWaitlistAsync(EventsDbContext db, NetworkEvent networkEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (networkEvent.WaitlistCount == 0 || !networkEvent.HasFreeSeat) return;
        var freeSeats = networkEvent.Capacity is { } capacity ? capacity - networkEvent.ConfirmedCount : networkEvent.WaitlistCount;
        var promoted = await db.Registrations
            .Where(r => r.NetworkEventId == networkEvent.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.QueueNumber)
            .Take(freeSeats)
            .ToListAsync(cancellationToken);
        foreach (var registration in promoted)
        {
            registration.Status = RegistrationStatus.Confirmed;
            registration.PromotedAt = now;
            networkEvent.ConfirmedCount++;
            networkEvent.WaitlistCount--;
            if (registration.MemberId is { } memberId)
            {
                db.AddIntegrationEvent(new WaitlistPromoted(Guid.CreateVersion7(now), now, networkEvent.Id, networkEvent.Title, memberId, Counts(networkEvent)));
            }
        }
    }

    /// <summary>A waitlisted registration's place: one plus the number waiting before it.</summary>
    public static Task<int> WaitlistPositionAsync(EventsDbContext db, Registration registration, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(r => r.NetworkEventId == registration.NetworkEventId
            && r.Status == RegistrationStatus.Waitlisted && r.QueueNumber <= registration.QueueNumber, cancellationToken);

    public static RegistrationCounts Counts(NetworkEvent networkEvent) =>
        new(networkEvent.Capacity, networkEvent.ConfirmedCount, networkEvent.WaitlistCount);
}
