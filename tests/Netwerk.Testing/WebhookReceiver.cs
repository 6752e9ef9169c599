using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Netwerk.Testing;

/// <summary>One request as the partner's endpoint saw it.</summary>
public sealed record ReceivedWebhook(string Path, string Id, string Timestamp, string Signature, string Body, DateTimeOffset ArrivedAt,
    IHeaderDictionary Headers);

/// <summary>A partner's endpoint: a real HTTP server on loopback (Kestrel) that records every request and answers
/// as the test says per path (a status, headers, a delay).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public delegate Task<(int Status, IReadOnlyDictionary<string, string>? Headers)> Answer(ReceivedWebhook request, int countOnPath);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Answer> _answers = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    private readonly bool _keepHeaders;

    private WebhookReceiver(WebApplication app, bool keepHeaders) => (_app, _keepHeaders) = (app, keepHeaders);

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <param name="keepHeaders">Off for a benchmark's hundreds of thousands of requests: the signature headers are
    /// kept either way.</param>
    public static async Task<WebhookReceiver> StartAsync(bool keepHeaders = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, keepHeaders);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver;
    }

    /// <summary>How requests to <paramref name="path"/> are answered; unset paths answer 200.</summary>
    public string On(string path, Answer answer)
    {
        _answers[path] = answer;
        return Url(path);
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>How many requests reached <paramref name="path"/> (cheap: for watching progress).</summary>
    public int CountAt(string path) => _counts.GetValueOrDefault(path);

    public IReadOnlyList<ReceivedWebhook> At(string path) => Received.Where(r => r.Path == path).OrderBy(r => r.ArrivedAt).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var request = new ReceivedWebhook(context.Request.Path, context.Request.Headers["webhook-id"].ToString(),
            context.Request.Headers["webhook-timestamp"].ToString(), context.Request.Headers["webhook-signature"].ToString(),
            await reader.ReadToEndAsync(), DateTimeOffset.UtcNow,
            _keepHeaders ? new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)) : new HeaderDictionary());
        Received.Enqueue(request);
        var count = _counts.AddOrUpdate(request.Path, 1, (_, n) => n + 1);
        var (status, headers) = _answers.TryGetValue(request.Path, out var answer) ? await answer(request, count) : ((int)HttpStatusCode.OK, null);
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        await context.Response.WriteAsync($"answer {status}");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
