namespace Netwerk.Gateway.Routing;

internal static class UnknownRoutes
{
    /// <summary>Anything no route claims is a 404 problem, not an empty page.</summary>
    public static void MapUnknownRoutes(this IEndpointRouteBuilder routes) =>
        routes.MapFallback(() => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found.",
                detail: "No Netwerk API lives at this path. See /docs for the paths there are."))
            .WithDisplayName("Unknown route");
}
