using System.Diagnostics;

namespace Netwerk.Gateway.Correlation;

/// <summary>Gives every request a correlation id: the caller's own `X-Correlation-Id` when it sent a sensible one,
/// otherwise the trace id, so support can go from a client's report straight to the trace in the dashboard.
/// The id is forwarded to the service and returned to the caller.</summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaximumLength = 64;

    public Task InvokeAsync(HttpContext context)
    {
        var offered = context.Request.Headers[HeaderName].ToString();
        var correlationId = IsAcceptable(offered)
            ? offered
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

        context.Request.Headers[HeaderName] = correlationId;
        Activity.Current?.SetTag("correlation.id", correlationId);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= MaximumLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
