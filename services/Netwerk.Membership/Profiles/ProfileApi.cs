using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Concurrency;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Membership.Profiles;

internal static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/members/me").WithTags("Profile").RequireAuthorization(NetwerkPolicies.Member);
        me.MapGet("", GetAsync)
            .WithName("GetOwnProfile")
            .WithSummary("The caller's own profile, status, roles and consents, with an ETag for a later PATCH.");
        me.MapPatch("", UpdateAsync)
            .WithName("UpdateOwnProfile")
            .WithSummary("Change profile fields and consents; send If-Match with the ETag from GET (a stale one is 412).");
    }

    private static async Task<Results<Ok<OwnProfile>, NotFound>> GetAsync(
        ClaimsPrincipal user, UserManager<Member> users, MembershipDbContext db, HttpResponse response)
    {
        var member = await users.FindByIdAsync(NetwerkClaims.MemberId(user).ToString());
        if (member is null) return TypedResults.NotFound();
        response.Headers.ETag = ETagOf(member);
        return TypedResults.Ok(await ViewAsync(member, users, db));
    }

    private static async Task<Results<Ok<OwnProfile>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        UpdateProfileRequest request, ClaimsPrincipal user, HttpRequest httpRequest, MembershipDbContext db,
        UserManager<Member> users, TimeProvider clock)
    {
        var errors = new FieldErrors();
        ProfileRules.Check(errors, request.DisplayName, request.Organisation, request.JobTitle, request.Sector, request.Region, allRequired: false);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var member = await users.FindByIdAsync(NetwerkClaims.MemberId(user).ToString());
        if (member is null) return TypedResults.NotFound();
        if (!IfMatch.Allows(httpRequest, ETagOf(member))) return Stale();

        Apply(request, member);
        var now = clock.Now();
        db.AddIntegrationEvent(new MemberProfileUpdated(Guid.CreateVersion7(now), now, member.Id, member.DisplayName,
            member.OrganisationName, member.Brin, member.JobTitle, member.Sector, member.Region, member.ConsentDirectory,
            member.ConsentPartners));
        // UpdateAsync checks the concurrency stamp read above, so a change that slipped in between is a 412 too.
        var result = await users.UpdateAsync(member);
        if (!result.Succeeded) return Stale();

        httpRequest.HttpContext.Response.Headers.ETag = ETagOf(member);
        return TypedResults.Ok(await ViewAsync(member, users, db));
    }

    private static void Apply(UpdateProfileRequest request, Member member)
    {
        if (request.DisplayName is not null) member.DisplayName = request.DisplayName.Trim();
        if (request.Organisation is not null)
        {
            member.OrganisationName = request.Organisation.Name!.Trim();
            member.Brin = ProfileRules.NormalizeBrin(request.Organisation.Brin);
        }
        if (request.JobTitle is not null) member.JobTitle = request.JobTitle.Trim();
        if (request.Sector is not null) member.Sector = request.Sector;
        if (request.Region is not null) member.Region = request.Region.Trim() is { Length: > 0 } region ? region : null;
        if (request.Consents is not null)
        {
            member.ConsentDirectory = request.Consents.Directory;
            member.ConsentPartners = request.Consents.Partners;
        }
    }

    private static async Task<OwnProfile> ViewAsync(Member member, UserManager<Member> users, MembershipDbContext db) =>
        OwnProfile.From(member, await users.GetRolesAsync(member),
            await db.GroupMemberships.Where(g => g.MemberId == member.Id).Select(g => g.GroupId).ToListAsync());

    private static string ETagOf(Member member) => $"\"{member.ConcurrencyStamp}\"";

    private static ProblemHttpResult Stale() => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The profile changed since you read it.",
        detail: "Read it again (GET /api/members/me) and send the new ETag in If-Match.");
}
