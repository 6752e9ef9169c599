using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace Netwerk.Web.Api;

/// <summary>The public API through the gateway, as the signed-in member (their access token from the session) or
/// anonymously. The web app calls nothing else: no service directly, no database.</summary>
public sealed class GatewayApi(IHttpClientFactory clients, IHttpContextAccessor http, ILogger<GatewayApi> logger)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        if (http.HttpContext is { } context && await context.GetTokenAsync("access_token") is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            using var response = await clients.CreateClient(GatewayApiNames.Gateway).SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return ApiResult<T>.Ok((await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, timeout.Token))!);
            }
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? await response.Content.ReadFromJsonAsync<JsonElement>(timeout.Token)
                : default;
            return ApiResult<T>.Failed(new ApiFailure((int)response.StatusCode, Text(problem, "title"), Text(problem, "detail")));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            logger.LogWarning("GET {Path} through the gateway failed: {Reason}", path, exception.Message);
            return ApiResult<T>.Failed(new ApiFailure(0, null, null));
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) ? value.GetString() : null;
}
