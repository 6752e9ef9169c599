using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http.Features;

namespace Netwerk.Notifications.Live;

/// <summary>A Server-Sent Events response that opens at once: the headers and a first comment go out before the first
/// event, which may be a heartbeat 25 s away. Clients and proxies that give up on a response whose headers are slow to
/// come (many wait 10 to 30 s) then see an open stream. Comments are lines EventSource ignores.</summary>
internal sealed class OpenedEventStream(IAsyncEnumerable<SseItem<string>> events) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        // Proxies (nginx among them) would otherwise hold events back to fill a buffer.
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();

        await response.WriteAsync(": verbonden\n\n", httpContext.RequestAborted);
        await response.Body.FlushAsync(httpContext.RequestAborted);
        try
        {
            await SseFormatter.WriteAsync(events, response.Body, httpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the normal end of a stream.
        }
    }
}
