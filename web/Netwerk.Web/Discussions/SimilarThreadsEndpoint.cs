namespace Netwerk.Web.Discussions;

/// <summary>`/vragen/vergelijkbaar?titel=`: the threads like a title being typed, for the script of *Stel een vraag*,
/// which shows them without a page reload. The browser holds no token, so the web app asks the API as the member and
/// answers only what the list shows (title, kind, link).</summary>
internal static class SimilarThreadsEndpoint
{
    public sealed record Suggestion(string Title, string Kind, string Url, bool Answered);

    public static void MapSimilarThreads(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/vragen/vergelijkbaar", async (string? titel, DiscussionsApi discussions) =>
            {
                if (titel is not { Length: >= 3 and <= 200 }) return Results.Ok(Array.Empty<Suggestion>());
                var similar = await discussions.SimilarAsync(titel);
                // A failed lookup offers nothing: the member can still post, and the list page has search.
                return Results.Ok(similar.Value?.Select(t => new Suggestion(t.Title, ThreadKinds.Dutch(t.Kind), $"/vragen/{t.Id}", t.Answered)) ?? []);
            })
            .RequireAuthorization();
}
