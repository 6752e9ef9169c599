using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Audit;
using Netwerk.Membership.Data;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;
using OpenIddict.Abstractions;

namespace Netwerk.Membership.Privacy;

internal static class PrivacyApi
{
    public static void MapPrivacyApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/members/me").WithTags("Privacy").RequireAuthorization(NetwerkPolicies.Member);
        me.MapDelete("", LeaveAsync)
            .WithName("LeaveNetwork")
            .WithSummary("Leave the network: personal data is erased here and, through MemberErased, everywhere; tokens stop working at once.");
        me.MapGet("/export", ExportAsync)
            .WithName("ExportPersonalData")
            .WithSummary("Every personal datum the platform holds on the caller, from every service, as one JSON document.");
    }

    private static async Task<Results<Ok<JsonObject>, NotFound, ProblemHttpResult>> ExportAsync(
        ClaimsPrincipal user, UserManager<Member> users, MembershipDbContext db, PersonalDataExport export,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(NetwerkClaims.MemberId(user).ToString());
        if (member is null) return TypedResults.NotFound();

        var elsewhere = await export.FromOtherServicesAsync(member.Id, cancellationToken);
        if (elsewhere is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The export is not complete.", detail: "A service did not answer in time; try again shortly.");
        }

        var groups = await db.GroupMemberships.Where(g => g.MemberId == member.Id)
            .Select(g => new { g.GroupId, GroupName = db.Groups.Where(w => w.Id == g.GroupId).Select(w => w.Name).First(), g.JoinedAt })
            .ToListAsync(cancellationToken);
        var membership = JsonSerializer.SerializeToNode(new
        {
            member.Id,
            member.Email,
            member.DisplayName,
            Organisation = new { Name = member.OrganisationName, member.Brin },
            member.JobTitle,
            member.Sector,
            member.Region,
            Consents = new { Directory = member.ConsentDirectory, Partners = member.ConsentPartners },
            Status = member.Status.ToString().ToLowerInvariant(),
            member.RegisteredAt,
            member.DecidedAt,
            member.RejectionReason,
            Roles = await users.GetRolesAsync(member),
            Groups = groups,
            // What the member did as a moderator or administrator, as the audit log keeps it (with the address).
            AuditLog = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.ActorId == member.Id)
                .OrderByDescending(e => e.OccurredAt).Select(e => new { e.OccurredAt, e.Action, e.TargetType, e.TargetId, e.TargetName, e.ClientId, e.ClientAddress })
                .ToListAsync(cancellationToken),
        }, JsonSerializerOptions.Web);
        elsewhere["membership"] = membership;
        return TypedResults.Ok(new JsonObject
        {
            ["exportedAt"] = clock.Now(),
            ["memberId"] = member.Id,
            ["services"] = elsewhere,
        });
    }

    private static async Task<Results<NoContent, NotFound>> LeaveAsync(
        ClaimsPrincipal user, UserManager<Member> users, MembershipDbContext db, MemberSessions sessions,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var member = await users.FindByIdAsync(NetwerkClaims.MemberId(user).ToString());
        if (member is null || member.Status == MemberStatus.Erased) return TypedResults.NotFound();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await MemberErasure.EraseAsync(db, member, clock.Now(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await sessions.RevokeTokensAsync(member.Id, cancellationToken);
        return TypedResults.NoContent();
    }
}
