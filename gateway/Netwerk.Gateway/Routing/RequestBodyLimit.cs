using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Netwerk.Gateway.Routing;

/// <summary>How large a request body may be, decided at the edge before a byte is forwarded: document uploads up to
/// `Gateway:MaxUploadBytes` (the largest file plus its form), every other body up to `Gateway:MaxBodyBytes`. A body
/// that says it is larger (its Content-Length, as browsers send it) gets a 413 problem details at once, instead of
/// being streamed to the service until the service refuses it and the gateway, cut off mid-body, reports a 502. A body
/// without a length is held to the same limit while it streams (see <see cref="ProxyErrorProblemDetails"/>).</summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _uploads = configuration.GetValue<long?>("Gateway:MaxUploadBytes") ?? 64L * 1024 * 1024;
    private readonly long _bodies = configuration.GetValue<long?>("Gateway:MaxBodyBytes") ?? 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = IsUpload(context.Request) ? _uploads : _bodies;
        if (context.Request.ContentLength > limit)
        {
            // The rest of the body is not wanted: the connection closes after this answer instead of reading it.
            context.Response.Headers.Connection = "close";
            await Refusal(limit).ExecuteAsync(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = limit;
        await next(context);
    }

    public static ProblemHttpResult Refusal(long limit) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.", detail: $"At most {limit / (1024 * 1024.0):0.#} MB may be sent here.");

    /// <summary>`POST /api/documents` and `POST /api/documents/{id}/versions`, and the web app's pages that post those
    /// files on (`/documenten/nieuw`, a document's page with its new-version form): the only requests that carry files.</summary>
    private static bool IsUpload(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return false;
        if (request.Path.StartsWithSegments("/api/documents", out var rest))
        {
            return !rest.HasValue || rest.Value!.EndsWith("/versions", StringComparison.Ordinal);
        }
        return request.Path.StartsWithSegments("/documenten", out var page)
            && page.Value is { } segment && (segment == "/nieuw" || Guid.TryParse(segment.TrimStart('/'), out _));
    }
}
