using Netwerk.Web.Api;

namespace Netwerk.Web.Documents;

/// <summary>Downloads go through the web app: the browser holds no token, so the web app asks the API as the member
/// and passes the bytes on as they stream, with the API's content type, name, length and ETag.</summary>
internal static class DocumentDownloads
{
    public static void MapDocumentDownloads(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/documenten/{id:guid}/download", (Guid id, HttpContext context, GatewayApi api) =>
            Passthrough.ForwardAsync(context, api, $"api/documents/{id}/content"));
        routes.MapGet("/documenten/{id:guid}/versies/{number:int}/download", (Guid id, int number, HttpContext context, GatewayApi api) =>
            Passthrough.ForwardAsync(context, api, $"api/documents/{id}/versions/{number}/content"));
    }
}
