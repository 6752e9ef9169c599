using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Hybrid;

namespace Netwerk.Web.Api;

/// <summary>The public API through the gateway, as the signed-in member (their access token from the session) or
/// anonymously. The web app calls nothing else: no service directly, no database. A 429 on the way is not a part of
/// the page missing but the visit refused: <see cref="RateLimitRefusal"/> throws it.</summary>
public sealed class GatewayApi(IHttpClientFactory clients, IHttpContextAccessor http, HybridCache cache, ILogger<GatewayApi> logger)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    /// <summary>An upload carries a file of up to tens of megabytes from the browser on to the API.</summary>
    private static readonly TimeSpan UploadPatience = TimeSpan.FromMinutes(2);
    /// <summary>How long a visitor's answer is reused for the next visitors: a surge of visitors costs the API one
    /// call per answer every few seconds, not one per page view; news reaches visitors a few seconds later.</summary>
    private static readonly HybridCacheEntryOptions VisitorAnswers = new()
    {
        Expiration = TimeSpan.FromSeconds(5),
        LocalCacheExpiration = TimeSpan.FromSeconds(5),
    };

    /// <summary>A GET as the member; for a visitor (no session), from the visitors' short cache: an answer without
    /// credentials is the same for every visitor, and concurrent visitors wait for one call. Only successes are
    /// kept; a failure is the visitor's own.</summary>
    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        if (await AccessTokenAsync() is not null) return await SendAsync<T>(HttpMethod.Get, path, null, cancellationToken: cancellationToken);
        try
        {
            var value = await cache.GetOrCreateAsync($"visitor:{typeof(T).FullName}:{path}", async token =>
            {
                var result = await SendAsync<T>(HttpMethod.Get, path, null, cancellationToken: token);
                return result.Succeeded ? result.Value! : throw new NotKept(result.Failure!);
            }, VisitorAnswers, cancellationToken: cancellationToken);
            return ApiResult<T>.Ok(value);
        }
        catch (NotKept failure)
        {
            return ApiResult<T>.Failed(failure.Failure);
        }
    }

    /// <summary>Carries a failed answer out of the cache's factory, so that it is not kept.</summary>
    private sealed class NotKept(ApiFailure failure) : Exception
    {
        public ApiFailure Failure { get; } = failure;
    }

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, body is null ? null : JsonContent.Create(body, options: JsonSerializerOptions.Web), cancellationToken: cancellationToken);

    public Task<ApiResult<ApiDone>> PostAsync(string path, object? body = null, CancellationToken cancellationToken = default) =>
        PostAsync<ApiDone>(path, body, cancellationToken);

    public Task<ApiResult<ApiDone>> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync<ApiDone>(HttpMethod.Delete, path, null, cancellationToken: cancellationToken);

    public Task<ApiResult<T>> SendJsonAsync<T>(HttpMethod method, string path, object body, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendAsync<T>(method, path, JsonContent.Create(body, options: JsonSerializerOptions.Web), ifMatch, cancellationToken);

    /// <summary>Sends a request and reads the answer as <typeparamref name="T"/> (<see cref="ApiDone"/> reads none).</summary>
    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(method, path);
        request.Content = content;
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(content is MultipartFormDataContent ? UploadPatience : Patience);
        try
        {
            using var response = await clients.CreateClient(GatewayApiNames.Gateway).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode) return ApiResult<T>.Failed(await FailureAsync(response, timeout.Token));
            var etag = response.Headers.ETag?.ToString();
            if (typeof(T) == typeof(ApiDone)) return ApiResult<T>.Ok((T)(object)new ApiDone(), etag);
            return ApiResult<T>.Ok((await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, timeout.Token))!, etag);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException
            or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("{Method} {Path} through the gateway failed: {Reason}", method, path, exception.Message);
            return ApiResult<T>.Failed(new ApiFailure(0, null, null));
        }
    }

    /// <summary>Opens an answer to pass on as it streams (a download, the export, the live inbox); the caller disposes
    /// it. Null when the gateway could not be reached.</summary>
    public async Task<HttpResponseMessage?> OpenAsync(string path, CancellationToken cancellationToken, Action<HttpRequestMessage>? prepare = null,
        string client = GatewayApiNames.Gateway)
    {
        var request = await RequestAsync(HttpMethod.Get, path);
        prepare?.Invoke(request);
        try
        {
            return await clients.CreateClient(client).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            logger.LogWarning("GET {Path} through the gateway failed: {Reason}", path, exception.Message);
            return null;
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (await AccessTokenAsync() is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<string?> AccessTokenAsync() =>
        http.HttpContext is { } context ? await context.GetTokenAsync("access_token") : null;

    private static async Task<ApiFailure> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)
            : default;
        return new ApiFailure((int)response.StatusCode, Text(problem, "title"), Text(problem, "detail"), Errors(problem));
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    private static Dictionary<string, string[]>? Errors(JsonElement problem) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            ? errors.EnumerateObject().ToDictionary(e => e.Name,
                e => e.Value.ValueKind == JsonValueKind.Array ? e.Value.EnumerateArray().Select(m => m.ToString()).ToArray() : [e.Value.ToString()],
                StringComparer.OrdinalIgnoreCase)
            : null;
}
