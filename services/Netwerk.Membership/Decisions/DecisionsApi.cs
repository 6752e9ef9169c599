using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Membership.Decisions;

/// <summary>Administrators decide on registrations: the list of those waiting, approve, reject with a reason.</summary>
internal static class DecisionsApi
{
    public static void MapDecisionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/members").WithTags("Registrations").RequireAuthorization(NetwerkPolicies.Admin);
        group.MapGet("/registrations", ListAsync)
            .WithName("ListRegistrations")
            .WithSummary("Registrations by status (default pending), oldest first.");
        group.MapPost("/{id:guid}/approve", ApproveAsync)
            .WithName("ApproveRegistration")
            .WithSummary("Approve a pending registration: the member becomes active and may sign in.");
        group.MapPost("/{id:guid}/reject", RejectAsync)
            .WithName("RejectRegistration")
            .WithSummary("Reject a pending registration with a reason the applicant is told.");
    }

    private static async Task<Results<Ok<Page<RegistrationSummary>>, ValidationProblem>> ListAsync(
        MembershipDbContext db, string? status, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var wanted = MemberStatus.Pending;
        errors.Require(status is null || Enum.TryParse(status, ignoreCase: true, out wanted), "status",
            "The status is one of: pending, active, rejected.");
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var query = db.Members.Where(m => m.Status == wanted);
        var rows = await MemberOrder.ByRegistration.PageOf(query, page).ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(db, rows.Select(m => m.Id).ToList(), cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, MemberOrder.ByRegistration.CursorOf, m => RegistrationSummary.From(m, roles[m.Id].Order().ToList())));
    }

    private static async Task<Results<Ok<RegistrationSummary>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ProblemHttpResult>> ApproveAsync(
        Guid id, HttpContext context, MembershipDbContext db, UserManager<Member> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null) return NotFound();
        if (member.Status != MemberStatus.Pending) return AlreadyDecided(member);

        var now = clock.Now();
        db.AddAuditEntry(AuditActor.Of(context), "registration.approved", AuditTarget.Member(member.Id, member.DisplayName), now);
        var result = await MemberDecisions.ApproveAsync(db, users, member, now, cancellationToken);
        if (!result.Succeeded) return Conflict(string.Join(" ", result.Errors.Select(e => e.Description)));
        return TypedResults.Ok(RegistrationSummary.From(member, [.. (await users.GetRolesAsync(member)).Order()]));
    }

    /// <summary>The roles of a page of members, in one query.</summary>
    private static async Task<ILookup<Guid, string>> RolesOfAsync(MembershipDbContext db, List<Guid> memberIds, CancellationToken cancellationToken) =>
        (await db.UserRoles.Where(r => memberIds.Contains(r.UserId))
            .Join(db.Roles, userRole => userRole.RoleId, role => role.Id, (userRole, role) => new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken))
        .ToLookup(r => r.UserId, r => r.Name!);

    private static async Task<Results<Ok<RegistrationSummary>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ProblemHttpResult, ValidationProblem>> RejectAsync(
        Guid id, RejectRequest request, HttpContext context, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim() ?? "";
        var errors = new FieldErrors().Require(reason.Length is >= 2 and <= MemberLimits.RejectionReason, "reason",
            $"Give a reason of 2 to {MemberLimits.RejectionReason} characters; the applicant reads it.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null) return NotFound();
        if (member.Status != MemberStatus.Pending) return AlreadyDecided(member);

        var now = clock.Now();
        member.Status = MemberStatus.Rejected;
        member.DecidedAt = now;
        member.RejectionReason = reason;
        db.AddIntegrationEvent(new MemberRejected(Guid.CreateVersion7(now), now, member.Id, member.DisplayName, member.Email!, reason));
        db.AddAuditEntry(AuditActor.Of(context), "registration.rejected", AuditTarget.Member(member.Id, member.DisplayName), now, reason);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RegistrationSummary.From(member, []));
    }

    private static NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails> NotFound() => TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No such registration.",
    });

    private static ProblemHttpResult AlreadyDecided(Member member) =>
        Conflict($"This registration was already decided: the member is {member.Status.ToString().ToLowerInvariant()}.");

    private static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "The registration cannot be decided.", detail: detail);
}
