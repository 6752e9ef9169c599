using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Membership.Audit;

/// <summary>The audit log, for administrators: newest first, narrowed by actor, action, service, target and time.
/// Read only: there is no endpoint that changes or deletes an entry.</summary>
internal static class AuditApi
{
    private static readonly KeysetOrder<AuditEntry> Newest = KeysetOrder<AuditEntry>.Descending(e => e.OccurredAt, e => e.Id);

    public static void MapAuditApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/audit", ListAsync)
            .WithTags("Audit")
            .WithName("ListAuditEntries")
            .WithSummary("What administrators, moderators and partners did, newest first; `?actorId=`, `?action=`, `?service=`, " +
                "`?targetType=` with `?targetId=`, `?from=` and `?to=` (ISO 8601) narrow it.")
            .RequireAuthorization(NetwerkPolicies.Admin);

    private static async Task<Results<Ok<Page<AuditEntryView>>, ValidationProblem>> ListAsync(MembershipDbContext db,
        Guid? actorId, string? action, string? service, string? targetType, string? targetId, DateTimeOffset? from, DateTimeOffset? to,
        int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require(action is null || action.Length <= AuditEntry.ActionLength, "action", $"An action has at most {AuditEntry.ActionLength} characters.")
            .Require(service is null || service.Length <= AuditEntry.ServiceLength, "service", $"A service name has at most {AuditEntry.ServiceLength} characters.")
            .Require(targetType is null || targetType.Length <= AuditEntry.TargetTypeLength, "targetType",
                $"A target type has at most {AuditEntry.TargetTypeLength} characters.")
            .Require(targetId is null || targetId.Length <= AuditEntry.TargetIdLength, "targetId", $"A target id has at most {AuditEntry.TargetIdLength} characters.")
            .Require(from is null || to is null || from <= to, "from", "The start of the period lies before its end.");
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (actorId is { } actor) entries = entries.Where(e => e.ActorId == actor);
        if (!string.IsNullOrWhiteSpace(action)) entries = entries.Where(e => e.Action == action.Trim());
        if (!string.IsNullOrWhiteSpace(service)) entries = entries.Where(e => e.Service == service.Trim());
        if (!string.IsNullOrWhiteSpace(targetType)) entries = entries.Where(e => e.TargetType == targetType.Trim());
        if (!string.IsNullOrWhiteSpace(targetId)) entries = entries.Where(e => e.TargetId == targetId.Trim());
        if (from is { } start) entries = entries.Where(e => e.OccurredAt >= start.ToUniversalTime());
        if (to is { } end) entries = entries.Where(e => e.OccurredAt <= end.ToUniversalTime());

        var rows = await Newest.PageOf(entries, page).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, Newest.CursorOf, AuditEntryView.From));
    }
}
