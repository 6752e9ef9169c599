using Microsoft.AspNetCore.Http.Features;
using Netwerk.Web.Api;

namespace Netwerk.Web.Inbox;

/// <summary>`/meldingen/live`: the member's notifications as Server-Sent Events, passed on from the API's stream
/// (`/api/notifications/stream`) with the member's token, which the browser never holds. The inbox page's script
/// listens to it, so new notifications appear without a reload.</summary>
internal static class LiveInbox
{
    public static void MapLiveInbox(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/meldingen/live", async (HttpContext context, GatewayApi api) =>
            {
                var lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
                using var response = await api.OpenAsync("api/notifications/stream", context.RequestAborted,
                    request => { if (lastEventId.Length > 0) request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId); },
                    GatewayApiNames.Stream);
                if (response is null || !response.IsSuccessStatusCode)
                {
                    // EventSource retries by itself after an error status; the page says nothing is live meanwhile.
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                }
                context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
                context.Response.ContentType = "text/event-stream";
                context.Response.Headers.CacheControl = "no-store";
                try
                {
                    await using var stream = await response.Content.ReadAsStreamAsync(context.RequestAborted);
                    await stream.CopyToAsync(context.Response.Body, 1024, context.RequestAborted);
                }
                catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
                {
                    // The page was closed or the stream broke off; the browser reconnects with Last-Event-ID.
                }
            })
            .RequireAuthorization();
}
