using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Search;

internal static class SimilarThreadsApi
{
    public static void MapSimilarThreadsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/discussions/similar", FindAsync).WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member)
            .WithName("SimilarThreads")
            .WithSummary("Up to 5 threads of any kind like the one being written (ask before you post), only those the caller may see; from 3 letters on.");

    private static async Task<Results<Ok<IReadOnlyList<SimilarThreads.Similar>>, ValidationProblem>> FindAsync(ClaimsPrincipal user,
        DiscussionsDbContext db, string? title, string? body, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var text = title?.Trim() ?? "";
        errors.Require(text.Length <= DiscussionThreadConfiguration.TitleLength, "title", $"At most {DiscussionThreadConfiguration.TitleLength} characters.");
        errors.Require(body is null || body.Length <= DiscussionThreadConfiguration.BodyLength, "body",
            $"At most {DiscussionThreadConfiguration.BodyLength} characters.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (text.Length < SimilarThreads.MinimumLength) return TypedResults.Ok<IReadOnlyList<SimilarThreads.Similar>>([]);
        // The body counts only with its first words: a whole page of text would match everything.
        var opening = body is { Length: > 300 } ? body[..300] : body;
        return TypedResults.Ok(await SimilarThreads.FindAsync(Participant.From(user).Listed(db), text, opening, cancellationToken));
    }
}
