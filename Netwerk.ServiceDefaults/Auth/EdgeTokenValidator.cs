using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>The gateway's token check: the same parameters, signing keys and remembering handler as the services'
/// bearer scheme (<see cref="TokenValidationDefaults.AddNetwerkTokenParameters"/>), then the revocation mirror. It
/// leaves out the scheme's machinery around the check (the authentication middleware before every route, a ticket,
/// properties and events per request), which the gateway has no use for: it only refuses bad tokens and needs the
/// subject for its rate limit.</summary>
public sealed class EdgeTokenValidator(IOptionsMonitor<JwtBearerOptions> bearer, RevocationMirror revocations, ILogger<EdgeTokenValidator> logger)
{
    private readonly Lazy<(TokenHandler Handler, TokenValidationParameters Parameters)> _validation = new(() =>
    {
        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        // As the bearer scheme does: the handler asks the configuration manager for the keys, and for fresh ones when a
        // token names a key it does not know (membership rolled its keys over).
        parameters.ConfigurationManager = (BaseConfigurationManager)options.ConfigurationManager!;
        return (options.TokenHandlers.Single(), parameters);
    });

    /// <summary>The token's identity, or null when the platform did not issue it, it expired or its member left.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token)
    {
        var (handler, parameters) = _validation.Value;
        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(token, parameters);
        }
        catch (Exception exception)
        {
            // The bearer scheme answers any failure to validate (keys that cannot be fetched among them) with 401; so does the edge.
            logger.LogWarning(exception, "A bearer token could not be validated.");
            return null;
        }
        if (!result.IsValid) return null;

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        var subject = principal.FindFirst(NetwerkPolicies.SubjectClaim)?.Value;
        return subject is not null && revocations.IsRevoked(subject, RevokedSubjects.IssuedAt(result.SecurityToken)) ? null : principal;
    }
}
