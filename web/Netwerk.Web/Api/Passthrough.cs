namespace Netwerk.Web.Api;

/// <summary>Passes an API answer on to the browser as it streams (a download, the export): status, the headers a
/// download needs, and the body. A refusal becomes the web app's own Dutch status page, not the API's JSON.</summary>
internal static class Passthrough
{
    private static readonly string[] Kept = ["Content-Type", "Content-Disposition", "Content-Length", "ETag", "Last-Modified", "Accept-Ranges", "Content-Range"];

    public static async Task ForwardAsync(HttpContext context, GatewayApi api, string path)
    {
        using var response = await api.OpenAsync(path, context.RequestAborted,
            request => { if (context.Request.Headers.Range is { Count: > 0 } range) request.Headers.TryAddWithoutValidation("Range", range.ToString()); });
        if (response is null || !response.IsSuccessStatusCode)
        {
            // Nothing written yet: the status code pages show the Dutch page for it.
            context.Response.StatusCode = response is null ? StatusCodes.Status503ServiceUnavailable : (int)response.StatusCode switch
            {
                401 or 403 or 404 or 410 => StatusCodes.Status404NotFound,
                416 => StatusCodes.Status416RangeNotSatisfiable,
                _ => StatusCodes.Status503ServiceUnavailable,
            };
            return;
        }
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var name in Kept)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }
        context.Response.Headers.CacheControl = "private, no-store";
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
