using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Netwerk.Membership.Members;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

/// <summary>`GET|POST /connect/userinfo` with a member's access token (OpenIddict has checked it): who the member
/// is now, as API.md lists: `sub`, `name`, `email`, `email_verified`, `role`.</summary>
internal static class UserInfoEndpoint
{
    public static void MapUserInfoEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], AnswerAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();

    private static async Task<IResult> AnswerAsync(HttpContext context, UserManager<Member> users)
    {
        var token = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var member = token?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (member is null || member.Status != MemberStatus.Active)
        {
            // A partner's own token (client credentials) names no member; an erased member is nobody any more.
            return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token does not belong to an active member.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        return Results.Json(new JsonObject
        {
            [Claims.Subject] = member.Id.ToString(),
            [Claims.Name] = member.DisplayName,
            [Claims.Email] = member.Email,
            [Claims.EmailVerified] = member.EmailConfirmed,
            [Claims.Role] = new JsonArray([.. (await users.GetRolesAsync(member)).Order().Select(role => JsonValue.Create(role))]),
        });
    }
}
