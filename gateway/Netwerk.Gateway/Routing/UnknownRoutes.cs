namespace Netwerk.Gateway.Routing;

internal static class UnknownRoutes
{
    /// <summary>A path under `/api/` that no service claims is a 404 problem, not the web app's page: every other path
    /// the gateway does not route itself goes to the web app, whose own 404 is a page in Dutch. A plain endpoint, not a
    /// fallback: a fallback would come after the web app's catch-all route.</summary>
    public static void MapUnknownRoutes(this IEndpointRouteBuilder routes) =>
        routes.Map("/api/{**path}", () => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found.",
                detail: "No Netwerk API lives at this path. See /docs for the paths there are."))
            .WithDisplayName("Unknown route");
}
