using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Http;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Idempotency;

/// <summary>`Idempotency-Key` on a POST (API.md, Conventions): a client that is not sure its request arrived sends it
/// again with the same key, and creates nothing twice. Written once for every service and every POST, those to come
/// included:
/// <list type="bullet">
/// <item>The first request with a key claims it in Redis (`SET NX`, 24 hours) and runs; its answer is stored under
/// the key. A repeat with the same body within 24 hours gets that answer again (with `Idempotent-Replayed: true`) and
/// the endpoint does not run.</item>
/// <item>The same key with another body is a 422: the client mixed up its keys.</item>
/// <item>A repeat while the first is still running waits for its answer (a few seconds at most, then a 409), so two
/// requests with one key at the same moment create one thing.</item>
/// <item>A 5xx or a failure is not kept: the key is released, and the client may try again.</item>
/// </list>
/// Keys are per caller (the token's subject, else the client's address as the gateway saw it) and per service. OAuth's own endpoints
/// (`/connect/*`) keep their own rules.</summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaximumKeyLength = 255;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(10);

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path.StartsWithSegments("/connect")
            || context.Request.Headers[HeaderName] is not [{ } key])
        {
            await next(context);
            return;
        }
        if (key.Length is 0 or > MaximumKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The Idempotency-Key header is not a valid key.",
                detail: $"Use 1 to {MaximumKeyLength} visible ASCII characters, such as a UUID.").ExecuteAsync(context);
            return;
        }

        IDatabase redis;
        string fingerprint;
        try
        {
            redis = context.RequestServices.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
            fingerprint = await RequestFingerprint.OfAsync(context.Request, context.RequestAborted);
        }
        catch (RedisException)
        {
            await Unavailable(context);
            return;
        }

        var entry = (RedisKey)$"idempotency:{context.RequestServices.GetRequiredService<IHostEnvironment>().ApplicationName}:{Caller(context)}:{key}";
        try
        {
            if (await redis.StringSetAsync(entry, Serialize(new StoredResponse(fingerprint)), Lifetime, When.NotExists))
            {
                await RunAndStoreAsync(context, next, redis, entry, fingerprint);
                return;
            }
            await ReplayAsync(context, redis, entry, fingerprint);
        }
        catch (RedisException)
        {
            if (!context.Response.HasStarted) await Unavailable(context);
        }
    });

    private static async Task RunAndStoreAsync(HttpContext context, RequestDelegate next, IDatabase redis, RedisKey entry, string fingerprint)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var kept = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode < 500)
            {
                var answer = new StoredResponse(fingerprint, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray());
                await redis.StringSetAsync(entry, Serialize(answer), Lifetime);
                kept = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!kept) await redis.KeyDeleteAsync(entry);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IDatabase redis, RedisKey entry, string fingerprint)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var stored = await redis.StringGetAsync(entry) is { HasValue: true } value ? JsonSerializer.Deserialize<StoredResponse>((string)value!) : null;
            if (stored is not null && stored.Fingerprint != fingerprint)
            {
                await Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "This Idempotency-Key was used for another request.",
                    detail: "A key stands for one request: the same path and body. Use a new key for a new request.").ExecuteAsync(context);
                return;
            }
            if (stored is { Answered: true })
            {
                context.Response.StatusCode = stored.Status!.Value;
                if (stored.ContentType is not null) context.Response.ContentType = stored.ContentType;
                if (stored.Location is not null) context.Response.Headers.Location = stored.Location;
                context.Response.Headers["Idempotent-Replayed"] = "true";
                await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
                return;
            }
            if (stored is null || waited >= LongestWait)
            {
                // Released by a first attempt that failed, or still running: the client may simply try again.
                await Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "A request with this Idempotency-Key is still being handled.",
                    detail: "Repeat the request in a moment to get its answer.").ExecuteAsync(context);
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), context.RequestAborted);
            waited += TimeSpan.FromMilliseconds(50);
        }
    }

    private static string Caller(HttpContext context) =>
        context.User.FindFirst(NetwerkPolicies.SubjectClaim)?.Value is { } subject ? $"sub:{subject}" : $"ip:{ClientAddress.Of(context)}";

    private static string Serialize(StoredResponse response) => JsonSerializer.Serialize(response);

    private static Task Unavailable(HttpContext context) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Idempotency keys cannot be checked now.",
            detail: "Try again in a moment, or send the request without an Idempotency-Key.").ExecuteAsync(context);
}
