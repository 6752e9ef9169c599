using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Netwerk.ServiceDefaults.Http;

namespace Netwerk.Gateway.Routing;

/// <summary>How large a request body may be, decided at the edge before a byte is forwarded: document uploads up to
/// <see cref="UploadLimits.BodyBytes"/> (the one setting documents shares: the largest file plus its form), the web
/// app's two upload pages twice that (so the web app can read an oversized file's form and answer with its Dutch
/// message at the field), every other body up to `Gateway:MaxBodyBytes`. A body that says it is larger (its
/// Content-Length, as browsers send it) gets a 413 problem details at once. A body without a length is held to the
/// same limit while it streams (see <see cref="ProxyErrorProblemDetails"/>).</summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    /// <summary>Up to this many bytes of a refused body are read and dropped after the answer, so that a client that
    /// sends without `Expect: 100-continue` (browsers, most scripts) reads a clean 413 instead of a connection reset
    /// mid-body; a larger one is cut off.</summary>
    private const long LargestDrained = 256L * 1024 * 1024;

    private readonly long _uploads = UploadLimits.BodyBytes(configuration);
    private readonly long _bodies = configuration.GetValue<long?>("Gateway:MaxBodyBytes") ?? 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = LimitOf(context.Request);
        if (context.Request.ContentLength > limit)
        {
            if (context.Request.ContentLength > LargestDrained) context.Response.Headers.Connection = "close";
            await Refusal(limit).ExecuteAsync(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = limit;
        await next(context);
    }

    public static ProblemHttpResult Refusal(long limit) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.", detail: $"At most {limit / (1024 * 1024.0):0.#} MB may be sent here.");

    /// <summary>`POST /api/documents` and `POST /api/documents/{id}/versions` carry files; so do the web app's pages
    /// that post those files on (`/documenten/nieuw`, a document's page with its new-version form).</summary>
    private long LimitOf(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method)) return _bodies;
        if (request.Path.StartsWithSegments("/api/documents", out var rest))
        {
            return !rest.HasValue || rest.Value!.EndsWith("/versions", StringComparison.Ordinal) ? _uploads : _bodies;
        }
        return request.Path.StartsWithSegments("/documenten", out var page)
            && page.Value is { } segment && (segment == "/nieuw" || Guid.TryParse(segment.TrimStart('/'), out _))
            ? 2 * _uploads : _bodies;
    }
}
