using Netwerk.Web.Api;

namespace Netwerk.Web.Profile;

/// <summary>`/profiel/mijn-gegevens`: the member's export (`GET /api/members/me/export`) as a file to save.</summary>
internal static class ExportDownload
{
    public static void MapExportDownload(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/profiel/mijn-gegevens", async (HttpContext context, GatewayApi api) =>
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == 200 && !context.Response.Headers.ContentDisposition.Any())
                    {
                        context.Response.Headers.ContentDisposition = "attachment; filename=\"mijn-gegevens-netwerk.json\"";
                    }
                    return Task.CompletedTask;
                });
                await Passthrough.ForwardAsync(context, api, "api/members/me/export");
            })
            .RequireAuthorization();
}
