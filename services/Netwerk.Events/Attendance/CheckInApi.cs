using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Data;
using Netwerk.Messaging.Audit;
using Netwerk.Events.Registrations;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Attendance;

internal static class CheckInApi
{
    public static void MapCheckInApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/events/{id:guid}/registrations/{memberId:guid}/check-in", CheckInAsync)
            .WithTags("Registrations")
            .WithName("CheckIn")
            .WithSummary("Mark that a member with a confirmed seat came; checking in twice changes nothing.")
            .RequireAuthorization(NetwerkPolicies.Moderator);

    private static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> CheckInAsync(
        Guid id, Guid memberId, HttpContext context, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The attendance counter lives on the event's row, under the same lock as the seat counters.
        var networkEvent = await Seats.LockEventAsync(db, id, cancellationToken);
        if (networkEvent is null) return TypedResults.NotFound();
        if (networkEvent.IsCancelled) return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This event is cancelled.");

        var registration = await db.Registrations
            .FirstOrDefaultAsync(r => r.NetworkEventId == id && r.MemberId == memberId && r.Status != RegistrationStatus.Cancelled, cancellationToken);
        if (registration is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This member is not registered for this event.");
        }
        if (registration.Status != RegistrationStatus.Confirmed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a member with a confirmed seat can be checked in.",
                detail: "This member is on the waiting list.");
        }
        if (registration.CheckedInAt is null)
        {
            registration.CheckedInAt = clock.Now();
            networkEvent.CheckedInCount++;
            db.AddAuditEntry(AuditActor.Of(context), "event.checked_in", new AuditTarget("event", networkEvent.Id.ToString(), networkEvent.Title),
                registration.CheckedInAt.Value, $"lid {memberId}");
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await RegistrationView.ReadAsync(db, registration, cancellationToken));
    }
}
