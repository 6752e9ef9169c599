using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Membership.Profiles;

internal static class ProfileApi
{
    public static void MapProfileApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/members/me", GetAsync)
            .WithTags("Profile")
            .WithName("GetOwnProfile")
            .WithSummary("The caller's own profile, status, roles and consents.")
            .RequireAuthorization(NetwerkPolicies.Member);

    private static async Task<Results<Ok<OwnProfile>, NotFound>> GetAsync(ClaimsPrincipal user, UserManager<Member> users)
    {
        var member = await users.FindByIdAsync(user.FindFirstValue(NetwerkPolicies.SubjectClaim) ?? "");
        if (member is null) return TypedResults.NotFound();
        return TypedResults.Ok(OwnProfile.From(member, await users.GetRolesAsync(member)));
    }
}
