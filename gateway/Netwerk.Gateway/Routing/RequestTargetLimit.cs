using Microsoft.AspNetCore.Http.Features;

namespace Netwerk.Gateway.Routing;

/// <summary>An address (path and query) longer than the services and the web app read is refused here with 414 and
/// problem details, a Dutch page for a browser (<c>BrowserProblemPage</c>), instead of passing on to a service whose
/// server would answer an empty 414. The gateway's own server reads lines up to <see cref="LongestReadLine"/>, so
/// only longer ones still meet Kestrel's empty answer.</summary>
internal sealed class RequestTargetLimit(RequestDelegate next)
{
    /// <summary>Below Kestrel's default request line (8 KB, which also holds the method and the version), which every
    /// service and the web app keep.</summary>
    public const int LongestTarget = 8000;
    public const int LongestReadLine = 256 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        if (target.Length <= LongestTarget) return next(context);
        return TypedResults.Problem(statusCode: StatusCodes.Status414UriTooLong, title: "The address is too long.",
            detail: $"At most {LongestTarget} characters of path and query are read here.").ExecuteAsync(context);
    }
}
