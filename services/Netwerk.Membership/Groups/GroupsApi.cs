using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;
using Npgsql;

namespace Netwerk.Membership.Groups;

internal static class GroupsApi
{
    public static void MapGroupsApi(this IEndpointRouteBuilder routes)
    {
        var groups = routes.MapGroup("/api/groups").WithTags("Working groups").RequireAuthorization(NetwerkPolicies.Member);
        groups.MapGet("", ListAsync).WithName("ListGroups").WithSummary("All working groups with their member counts.");
        groups.MapPost("", CreateAsync).WithName("CreateGroup").WithSummary("Start a working group.")
            .RequireAuthorization(NetwerkPolicies.Moderator);
        groups.MapPost("/{id:guid}/members", JoinAsync).WithName("JoinGroup").WithSummary("Join a working group (again: no change).");
        groups.MapDelete("/{id:guid}/members/me", LeaveAsync).WithName("LeaveGroup").WithSummary("Leave a working group.");
    }

    private static async Task<Ok<List<GroupView>>> ListAsync(ClaimsPrincipal user, MembershipDbContext db, CancellationToken cancellationToken)
    {
        var caller = NetwerkClaims.MemberId(user);
        var groups = await db.Groups.OrderByDescending(g => g.IsAmbition).ThenBy(g => g.Name)
            .Select(g => new GroupView(g.Id, g.Name, g.Description, g.IsAmbition, g.Members.Count, g.Members.Any(m => m.MemberId == caller)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(groups);
    }

    private static async Task<Results<Created<GroupView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateGroupRequest request, HttpContext context, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        var description = request.Description?.Trim() ?? "";
        var errors = new FieldErrors()
            .Require(name.Length is >= 3 and <= WorkingGroupConfiguration.NameLength, "name", $"Required, 3 to {WorkingGroupConfiguration.NameLength} characters.")
            .Require(description.Length <= WorkingGroupConfiguration.DescriptionLength, "description", $"At most {WorkingGroupConfiguration.DescriptionLength} characters.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var now = clock.Now();
        var group = GroupCreation.Add(db, name, description, isAmbition: false, now);
        db.AddAuditEntry(AuditActor.Of(context), "group.created", new AuditTarget("group", group.Id.ToString(), group.Name), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A working group with this name exists.");
        }
        return TypedResults.Created($"/api/groups/{group.Id}", new GroupView(group.Id, group.Name, group.Description, false, 0, false));
    }

    private static async Task<Results<Created, Ok, NotFound>> JoinAsync(
        Guid id, ClaimsPrincipal user, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == id, cancellationToken)) return TypedResults.NotFound();
        var caller = NetwerkClaims.MemberId(user);
        if (await db.GroupMemberships.AnyAsync(m => m.GroupId == id && m.MemberId == caller, cancellationToken)) return TypedResults.Ok();

        GroupJoining.Add(db, id, caller, clock.Now());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Ok(); // the same member joined twice at once: one membership, one event
        }
        return TypedResults.Created($"/api/groups/{id}/members/{caller}");
    }

    private static async Task<Results<NoContent, NotFound>> LeaveAsync(
        Guid id, ClaimsPrincipal user, MembershipDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == id, cancellationToken)) return TypedResults.NotFound();
        var caller = NetwerkClaims.MemberId(user);
        var membership = await db.GroupMemberships.FirstOrDefaultAsync(m => m.GroupId == id && m.MemberId == caller, cancellationToken);
        if (membership is null) return TypedResults.NotFound();

        var now = clock.Now();
        db.GroupMemberships.Remove(membership);
        db.AddIntegrationEvent(new GroupMemberLeft(Guid.CreateVersion7(now), now, id, caller));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
