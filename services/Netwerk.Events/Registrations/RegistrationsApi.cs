using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Data;
using Netwerk.Events.Members;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Registrations;

internal static class RegistrationsApi
{
    /// <summary>The queue number is unique within an event, unlike the time (a batch shares one).</summary>
    private static readonly KeysetOrder<Registration> InArrivalOrder = KeysetOrder<Registration>.Ascending(r => r.QueueNumber, r => r.Id);

    public static void MapRegistrationsApi(this IEndpointRouteBuilder routes)
    {
        var registrations = routes.MapGroup("/api/events/{id:guid}/registrations").WithTags("Registrations")
            .RequireAuthorization(NetwerkPolicies.Member);
        registrations.MapPost("", RegisterAsync).WithName("Register")
            .WithSummary("Register the caller: a seat while one is free, else a place on the waiting list. Registering again returns the existing registration (200).");
        registrations.MapGet("/me", OwnAsync).WithName("GetOwnRegistration").WithSummary("The caller's registration for this event.");
        registrations.MapDelete("/me", CancelOwnAsync).WithName("CancelOwnRegistration")
            .WithSummary("Cancel the caller's registration; a freed seat goes to the first on the waiting list at once.");
        registrations.MapGet("", ListAsync).WithName("ListRegistrations").WithSummary("Everyone registered, in arrival order, with status, waiting-list place and check-in; `?status=` filters.")
            .RequireAuthorization(NetwerkPolicies.Moderator);
    }

    private static async Task<Results<Created<RegistrationView>, Ok<RegistrationView>, NotFound, ProblemHttpResult>> RegisterAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, RegistrationDesk desk, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        // Asking twice is common (a double click, a retry): answer it without queueing for the event's lock.
        var existing = await db.Registrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.NetworkEventId == id && r.MemberId == caller.Id && r.Status != RegistrationStatus.Cancelled, cancellationToken);
        if (existing is not null) return TypedResults.Ok(await RegistrationView.ReadAsync(db, existing, cancellationToken));

        var outcome = await desk.RegisterAsync(id, caller);
        return outcome.Kind switch
        {
            RegistrationOutcome.Kinds.Created => TypedResults.Created($"/api/events/{id}/registrations/me", outcome.Registration),
            RegistrationOutcome.Kinds.Existing => TypedResults.Ok(outcome.Registration),
            RegistrationOutcome.Kinds.Closed => Conflict(outcome.ClosedReason!),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<Ok<RegistrationView>, NotFound>> OwnAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var registration = await db.Registrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.NetworkEventId == id && r.MemberId == caller.Id && r.Status != RegistrationStatus.Cancelled, cancellationToken);
        return registration is null ? TypedResults.NotFound() : TypedResults.Ok(await RegistrationView.ReadAsync(db, registration, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> CancelOwnAsync(
        Guid id, ClaimsPrincipal user, EventsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var networkEvent = await Seats.LockEventAsync(db, id, cancellationToken);
        if (networkEvent is null) return TypedResults.NotFound();
        var now = clock.Now();
        if (networkEvent.IsCancelled) return Conflict("This event is cancelled; its registrations no longer change.");
        if (now >= networkEvent.StartsAt) return Conflict("This event has already started; its registrations no longer change.");

        var registration = await db.Registrations
            .FirstOrDefaultAsync(r => r.NetworkEventId == id && r.MemberId == caller.Id && r.Status != RegistrationStatus.Cancelled, cancellationToken);
        if (registration is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "You are not registered for this event.");
        }
        await Seats.ReleaseAsync(db, networkEvent, registration, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Page<RegistrationListItem>>, NotFound, ValidationProblem>> ListAsync(
        Guid id, EventsDbContext db, string? status, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        errors.Require(status is null || RegistrationStatus.All.Contains(status), "status", $"One of: {string.Join(", ", RegistrationStatus.All)}.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (!await db.Events.AnyAsync(e => e.Id == id, cancellationToken)) return TypedResults.NotFound();

        var query = db.Registrations.Where(r => r.NetworkEventId == id);
        if (status is not null) query = query.Where(r => r.Status == status);
        var rows = await InArrivalOrder.PageOf(query, page)
            .Select(r => new
            {
                Registration = r,
                Name = db.KnownMembers.Where(a => a.MemberId == r.MemberId).Select(a => a.DisplayName).FirstOrDefault(),
                Position = r.Status == RegistrationStatus.Waitlisted
                    ? db.Registrations.Count(o => o.NetworkEventId == id && o.Status == RegistrationStatus.Waitlisted && o.QueueNumber <= r.QueueNumber)
                    : (int?)null,
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, row => InArrivalOrder.CursorOf(row.Registration), row => new RegistrationListItem(
            row.Registration.Id, row.Registration.MemberId, row.Name, row.Registration.Status, row.Position, row.Registration.RegisteredAt,
            row.Registration.PromotedAt, row.Registration.CancelledAt, row.Registration.CheckedInAt)));
    }

    private static ProblemHttpResult Conflict(string title) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title);
}
