using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;

namespace Netwerk.Membership.Identity;

/// <summary>An authorization or end-session request OpenIddict refuses without a client to send the browser back to
/// (an unknown client, a redirect URI that is not registered, no PKCE) gets a 400 through the status code pages; these
/// problem details say why, with the OAuth error code beside it, instead of a bare "Bad Request".</summary>
internal static class OAuthErrorProblemDetails
{
    public static void AddOAuthErrorProblemDetails(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var shared = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                shared?.Invoke(context);
                if (context.HttpContext.GetOpenIddictServerResponse() is { Error: { Length: > 0 } error } response)
                {
                    context.ProblemDetails.Title = "The authorization request is not valid.";
                    context.ProblemDetails.Detail = response.ErrorDescription;
                    context.ProblemDetails.Extensions["error"] = error;
                }
            };
        });
}
