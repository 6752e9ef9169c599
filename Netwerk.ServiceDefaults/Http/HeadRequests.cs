using System.IO.Pipelines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Netwerk.ServiceDefaults.Http;

/// <summary>HEAD answers as GET does, without the body (RFC 9110 §9.3.2): a client (a calendar app, a link checker, a
/// download manager) can ask for a document's size, type and ETag or whether a feed changed, without fetching it.
/// Every GET endpoint answers it, so no endpoint needs to list HEAD; the endpoint runs as a GET, and whatever it
/// writes is dropped.</summary>
public static class HeadRequests
{
    private sealed class HeadRequest;

    /// <summary>Whether the request came as a HEAD (the endpoint sees GET): for effects a mere look must not have,
    /// such as counting a download.</summary>
    public static bool IsHead(HttpContext context) => context.Features.Get<HeadRequest>() is not null;

    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Features.Set(new HeadRequest());
        context.Features.Set<IHttpResponseBodyFeature>(new DiscardedBody(body));
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    });

    /// <summary>A response body that keeps the headers (Content-Length included) and sends none of the bytes.</summary>
    private sealed class DiscardedBody(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
    {
        public Stream Stream { get; } = Stream.Null;
        public PipeWriter Writer { get; } = PipeWriter.Create(Stream.Null);

        public void DisableBuffering() => inner.DisableBuffering();
        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);
        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task CompleteAsync() => inner.CompleteAsync();
    }
}
