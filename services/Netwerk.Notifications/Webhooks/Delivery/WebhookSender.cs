using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Netwerk.Notifications.Webhooks.Targets;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>What one call to a partner's endpoint came to.</summary>
public sealed record AttemptResult(DateTimeOffset StartedAt, TimeSpan Duration, int? StatusCode, string? Response, string? Error, TimeSpan? RetryAfter,
    bool Refused = false)
{
    /// <summary>Only a 2xx is success: a redirect is not followed and counts as a failure.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>410 Gone: the partner says the endpoint will never come back.</summary>
    public bool Gone => StatusCode == (int)HttpStatusCode.Gone;
}

/// <summary>Makes the HTTP call of one attempt: the stored body, signed with the subscription's active secrets, to an
/// address the <see cref="GuardedConnection"/> allows, without following redirects, within the timeout.</summary>
public sealed class WebhookSender : IDisposable
{
    private static readonly ActivitySource Tracing = new("Netwerk.Notifications");
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;

    public WebhookSender(GuardedConnection connection, IOptions<WebhookDeliveryOptions> options, TimeProvider clock)
    {
        _clock = clock;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = connection.ConnectAsync,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
            // A partner's endpoint is theirs to name; our own proxy settings are not for it.
            UseProxy = false,
        };
        _http = new HttpClient(handler) { Timeout = options.Value.Timeout };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Netwerk-Webhooks", "1.0"));
    }

    public async Task<AttemptResult> SendAsync(string url, WebhookMessage message, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = Tracing.StartActivity("webhook deliver", ActivityKind.Producer, parent);
        activity?.SetTag("webhook.id", message.WebhookId);
        activity?.SetTag("webhook.type", message.Type);

        var startedAt = _clock.Now();
        var stopwatch = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", message.WebhookId);
        request.Headers.Add("webhook-timestamp", startedAt.ToUnixTimeSeconds().ToString());
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(secrets, message.WebhookId, startedAt, message.Body));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var body = await ReadStartAsync(response, cancellationToken);
            var retryAfter = response.Headers.RetryAfter is { } header && response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                ? header.Delta ?? (header.Date - startedAt)
                : null;
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            return new AttemptResult(startedAt, stopwatch.Elapsed, (int)response.StatusCode, body, null, retryAfter);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"No answer within {_http.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException exception) when (exception.InnerException is RefusedTargetException refused)
        {
            return Failed(refused.Message, refused: true);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return Failed(exception.Message);
        }

        AttemptResult Failed(string error, bool refused = false)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error);
            return new AttemptResult(startedAt, stopwatch.Elapsed, null, null, error.Length <= 1000 ? error : error[..1000], null, refused);
        }
    }

    /// <summary>The first 4 KB of the answer, for the delivery log; the rest is not read.</summary>
    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[WebhookAttempt.MaximumResponseChars];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read);
    }

    public void Dispose() => _http.Dispose();
}
