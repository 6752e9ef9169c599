using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Membership.Roles;

internal static class RolesApi
{
    public static void MapRolesApi(this IEndpointRouteBuilder routes) =>
        routes.MapPut("/api/members/{id:guid}/roles", SetAsync)
            .WithTags("Roles")
            .WithName("SetMemberRoles")
            .WithSummary("Replace an active member's roles (member, moderator, admin).")
            .RequireAuthorization(NetwerkPolicies.Admin);

    private static async Task<Results<Ok<RolesView>, ValidationProblem, NotFound, ProblemHttpResult>> SetAsync(
        Guid id, SetRolesRequest request, HttpContext context, MembershipDbContext db, UserManager<Member> users, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var wanted = (request.Roles ?? []).Select(r => r?.Trim().ToLowerInvariant() ?? "").Distinct().ToList();
        var errors = new FieldErrors()
            .Require(wanted.Count > 0, "roles", "Give at least one role.")
            .Require(wanted.All(NetwerkRoles.All.Contains), "roles", $"Roles are: {string.Join(", ", NetwerkRoles.All)}.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var member = await users.FindByIdAsync(id.ToString());
        if (member is null) return TypedResults.NotFound();
        if (member.Status != MemberStatus.Active)
        {
            return Conflict("Only active members have roles; decide the registration first.");
        }

        var current = await users.GetRolesAsync(member);
        var losesAdmin = current.Contains(NetwerkRoles.Admin) && !wanted.Contains(NetwerkRoles.Admin);
        if (losesAdmin && (await users.GetUsersInRoleAsync(NetwerkRoles.Admin)).Count(m => m.Status == MemberStatus.Active) <= 1)
        {
            return Conflict("This is the last administrator; make someone else administrator first.");
        }

        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddIntegrationEvent(new MemberRolesChanged(Guid.CreateVersion7(now), now, member.Id, [.. wanted.Order()]));
        db.AddAuditEntry(AuditActor.Of(context), "member.roles_changed", AuditTarget.Member(member.Id, member.DisplayName), now,
            $"{string.Join(", ", current.Order())} → {string.Join(", ", wanted.Order())}");
        var removed = await users.RemoveFromRolesAsync(member, current.Except(wanted));
        var added = removed.Succeeded ? await users.AddToRolesAsync(member, wanted.Except(current)) : removed;
        if (!added.Succeeded) return Conflict(string.Join(" ", added.Errors.Select(e => e.Description)));
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new RolesView(member.Id, [.. wanted.Order()]));
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The roles cannot be changed.", detail: detail);
}
