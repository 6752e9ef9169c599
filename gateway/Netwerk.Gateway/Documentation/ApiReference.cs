using Netwerk.Gateway.Health;
using Netwerk.ServiceDefaults.Security;
using Scalar.AspNetCore;

namespace Netwerk.Gateway.Documentation;

internal static class ApiReference
{
    /// <summary>`/docs`: one reference page over every service's OpenAPI document, each fetched through the
    /// gateway's own `/openapi/{service}.json` routes, so what it shows is what clients can call.</summary>
    public static void MapApiReference(this IEndpointRouteBuilder routes) =>
        routes.MapScalarApiReference("/docs", options => options
            .WithTitle("Netwerk API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddDocuments(ServiceReadiness.Services))
            // Scalar's page runs its own scripts and styles, served by the gateway itself.
            .WithMetadata(ContentSecurityPolicy.SelfHostedPage);
}
