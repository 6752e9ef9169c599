using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Gateway.Auth;

/// <summary>Edge check: a request that carries a bearer token the platform did not issue, or one that expired or
/// was revoked (as the gateway's <c>RevocationMirror</c> has heard, a moment after the services), is answered 401
/// here and never reaches a service. Requests without a token pass: the services decide what is public, and check
/// every token again themselves.</summary>
internal sealed class BearerTokenCheck(RequestDelegate next, IProblemDetailsService problemDetails, EdgeTokenValidator tokens)
{
    private const string Scheme = "Bearer ";

    public async Task InvokeAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (await tokens.ValidateAsync(authorization[Scheme.Length..].Trim()) is { } client)
        {
            // The rate limiter counts per client by the token's subject.
            context.User = client;
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "The access token is not valid.",
                Detail = "It may have expired or been revoked. Get a new one at /connect/token.",
            },
        });
    }
}
