using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Events;
using Netwerk.Events.Data;
using Netwerk.Messaging.Audit;
using Netwerk.Events.Registrations;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Concurrency;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Scheduling;

internal static class EventsApi
{
    private static readonly KeysetOrder<NetworkEvent> ByStart = KeysetOrder<NetworkEvent>.Ascending(e => e.StartsAt, e => e.Id);

    public static void MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var events = routes.MapGroup("/api/events").WithTags("Events");
        events.MapGet("", ListAsync).WithName("ListEvents")
            .WithSummary("Events that have not ended (or those in `from`–`to`), the soonest first; cancelled ones say so. " +
                "`?registered=true` (a signed-in member): only those the caller is registered for, seated or waiting.");
        events.MapGet("/{id:guid}", GetAsync).WithName("GetEvent").WithSummary("An event with its seat counts; the ETag serves If-Match.");
        events.MapPost("", ScheduleAsync).WithName("ScheduleEvent").WithSummary("Schedule an event.")
            .RequireAuthorization(NetwerkPolicies.Moderator);
        events.MapPatch("/{id:guid}", ChangeAsync).WithName("ChangeEvent")
            .WithSummary("Change an event (JSON merge patch; If-Match with the ETag guards against lost updates). A larger capacity promotes from the waiting list.")
            .RequireAuthorization(NetwerkPolicies.Moderator);
        events.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelEvent")
            .WithSummary("Cancel an event: every registrant is told, and its registrations no longer change.")
            .RequireAuthorization(NetwerkPolicies.Moderator);
    }

    private static async Task<Results<Ok<Page<EventView>>, ValidationProblem, UnauthorizedHttpResult>> ListAsync(
        EventsDbContext db, TimeProvider clock, ClaimsPrincipal user, DateTimeOffset? from, DateTimeOffset? to, Guid? groupId, bool? registered,
        int? limit, string? cursor, CancellationToken cancellationToken)
    {
        // The list is public; a member's own registrations are not.
        if (registered == true && user.Identity?.IsAuthenticated != true) return TypedResults.Unauthorized();
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        var now = clock.Now();
        var start = (from ?? now).ToUniversalTime();
        errors.Require(to is null || to > start, "to", "Comes after `from` (which is now when left out).");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var query = db.Events.AsNoTracking().Where(e => e.EndsAt >= start);
        if (to is { } end) query = query.Where(e => e.StartsAt <= end.ToUniversalTime());
        if (groupId is { } group) query = query.Where(e => e.GroupId == group);
        if (registered == true)
        {
            var caller = NetwerkClaims.MemberId(user);
            query = query.Where(e => db.Registrations.Any(r => r.NetworkEventId == e.Id && r.MemberId == caller
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted)));
        }
        var rows = await ByStart.PageOf(query, page)
            .Select(e => new { Event = e, GroupName = db.KnownGroups.Where(g => g.Id == e.GroupId).Select(g => g.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, row => ByStart.CursorOf(row.Event), row => EventView.From(row.Event, row.GroupName, now)));
    }

    private static async Task<Results<Ok<EventView>, NotFound>> GetAsync(
        Guid id, EventsDbContext db, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var row = await db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { Event = e, GroupName = db.KnownGroups.Where(g => g.Id == e.GroupId).Select(g => g.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null) return TypedResults.NotFound();
        response.Headers.ETag = EventView.ETag(row.Event);
        return TypedResults.Ok(EventView.From(row.Event, row.GroupName, clock.Now()));
    }

    private static async Task<Results<Created<EventView>, ValidationProblem>> ScheduleAsync(
        EventInput input, HttpContext context, EventsDbContext db, TimeProvider clock, PublicLinks links, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var now = clock.Now();
        var valid = EventValidator.Validate(input, errors, now);
        if (valid is not null)
        {
            errors.Require(valid.StartsAt > now, "startsAt", "Lies in the past.");
            await RequireKnownGroupAsync(db, valid.GroupId, errors, cancellationToken);
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var networkEvent = new NetworkEvent
        {
            Id = Guid.CreateVersion7(now),
            Title = "",
            Description = "",
            DescriptionHtml = "",
            StartsAt = now,
            EndsAt = now,
            TimeZone = EventTimes.DefaultTimeZone,
            Status = NetworkEventStatus.Scheduled,
            CreatedBy = NetwerkClaims.MemberId(context.User),
            CreatedAt = now,
            UpdatedAt = now,
        };
        valid!.ApplyTo(networkEvent);
        db.Events.Add(networkEvent);
        db.AddIntegrationEvent(new EventScheduled(Guid.CreateVersion7(now), now, EventMessages.Details(networkEvent, links)));
        db.AddAuditEntry(AuditActor.Of(context), "event.scheduled", EventTarget(networkEvent), now);
        await db.SaveChangesAsync(cancellationToken);

        response.Headers.ETag = EventView.ETag(networkEvent);
        var groupName = await GroupNameAsync(db, networkEvent.GroupId, cancellationToken);
        return TypedResults.Created($"/api/events/{networkEvent.Id}", EventView.From(networkEvent, groupName, now));
    }

    private static async Task<Results<Ok<EventView>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, JsonObject patch, HttpRequest request, EventsDbContext db, TimeProvider clock, PublicLinks links,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Under the event's lock: a capacity change must see the seat counts that registrations are changing.
        var networkEvent = await Seats.LockEventAsync(db, id, cancellationToken);
        if (networkEvent is null) return TypedResults.NotFound();
        if (!IfMatch.Allows(request, EventView.ETag(networkEvent)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The event changed since you read it.",
                detail: $"Its current ETag is {EventView.ETag(networkEvent)}; read it again and repeat your change.");
        }
        if (networkEvent.IsCancelled) return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This event is cancelled and no longer changes.");

        var errors = new FieldErrors();
        var merged = EventPatch.Apply(EventInput.From(networkEvent), patch, errors);
        var valid = merged is null ? null : EventValidator.Validate(merged, errors, clock.Now());
        if (valid is not null && valid.GroupId != networkEvent.GroupId) await RequireKnownGroupAsync(db, valid.GroupId, errors, cancellationToken);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (valid!.Capacity is { } capacity && capacity < networkEvent.ConfirmedCount)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The capacity is below the number of confirmed seats.",
                detail: $"{networkEvent.ConfirmedCount} members have a confirmed seat; the capacity cannot go below that.");
        }

        var now = clock.Now();
        var startMoved = valid.StartsAt != networkEvent.StartsAt;
        valid.ApplyTo(networkEvent);
        networkEvent.Sequence++;
        networkEvent.UpdatedAt = now;
        // A new date deserves a new reminder, unless the new date is itself within the reminder's lead time.
        if (startMoved && networkEvent.ReminderSentAt is not null && networkEvent.StartsAt > now + TimeSpan.FromDays(1)) networkEvent.ReminderSentAt = null;
        await Seats.PromoteFromWaitlistAsync(db, networkEvent, now, cancellationToken);
        db.AddIntegrationEvent(new EventUpdated(Guid.CreateVersion7(now), now, EventMessages.Details(networkEvent, links)));
        db.AddAuditEntry(AuditActor.Of(request.HttpContext), "event.changed", EventTarget(networkEvent), now,
            string.Join(", ", patch.Select(field => field.Key).Order()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        request.HttpContext.Response.Headers.ETag = EventView.ETag(networkEvent);
        return TypedResults.Ok(EventView.From(networkEvent, await GroupNameAsync(db, networkEvent.GroupId, cancellationToken), now));
    }

    private static async Task<Results<Ok<EventView>, NotFound, ProblemHttpResult>> CancelAsync(
        Guid id, HttpContext context, EventsDbContext db, TimeProvider clock, PublicLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var networkEvent = await Seats.LockEventAsync(db, id, cancellationToken);
        if (networkEvent is null) return TypedResults.NotFound();
        var now = clock.Now();
        if (!networkEvent.IsCancelled)
        {
            if (now >= networkEvent.EndsAt) return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This event has already taken place.");

            networkEvent.Status = NetworkEventStatus.Cancelled;
            networkEvent.CancelledAt = now;
            networkEvent.UpdatedAt = now;
            networkEvent.Sequence++;
            var registrants = await db.Registrations
                .Where(r => r.NetworkEventId == id && r.Status != RegistrationStatus.Cancelled && r.MemberId != null)
                .OrderBy(r => r.QueueNumber).Select(r => r.MemberId!.Value)
                .ToListAsync(cancellationToken);
            db.AddIntegrationEvent(new EventCancelled(Guid.CreateVersion7(now), now, EventMessages.Details(networkEvent, links), registrants));
            db.AddAuditEntry(AuditActor.Of(context), "event.cancelled", EventTarget(networkEvent), now,
                $"{registrants.Count} aangemelde leden bericht gestuurd");
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(EventView.From(networkEvent, await GroupNameAsync(db, networkEvent.GroupId, cancellationToken), now));
    }

    private static AuditTarget EventTarget(NetworkEvent networkEvent) => new("event", networkEvent.Id.ToString(), networkEvent.Title);

    private static async Task RequireKnownGroupAsync(EventsDbContext db, Guid? groupId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (groupId is { } id && !await db.KnownGroups.AnyAsync(g => g.Id == id, cancellationToken)) errors.Add("groupId", "No working group has this id.");
    }

    private static Task<string?> GroupNameAsync(EventsDbContext db, Guid? groupId, CancellationToken cancellationToken) =>
        groupId is { } id ? db.KnownGroups.Where(g => g.Id == id).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) : Task.FromResult<string?>(null);
}
