using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>Validates an access token once and remembers that it was valid: a client sends the same token with every
/// request, and parsing it and checking its signature each time was a large part of what a request cost the gateway
/// and the services. Only valid tokens are remembered, never past their expiry and at most a few minutes (a key that
/// is rolled over stops counting soon after); the revocation check (<c>OnTokenValidated</c>) still runs on every
/// request.</summary>
public sealed class RememberingTokenHandler(TimeProvider clock) : JsonWebTokenHandler
{
    private const int MaximumRemembered = 10_000;
    private static readonly TimeSpan RememberAtMost = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Remembered> _valid = new(StringComparer.Ordinal);

    private sealed record Remembered(TokenValidationResult Result, DateTimeOffset Until);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow();
        if (_valid.TryGetValue(token, out var remembered))
        {
            if (remembered.Until > now) return Copy(remembered.Result);
            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is JsonWebToken validated)
        {
            // A flood of distinct tokens costs their validation again, not memory.
            if (_valid.Count >= MaximumRemembered) _valid.Clear();
            var expires = new DateTimeOffset(validated.ValidTo, TimeSpan.Zero);
            _valid[token] = new Remembered(result, expires < now + RememberAtMost ? expires : now + RememberAtMost);
        }
        return result;
    }

    /// <summary>Each request gets an identity of its own, so nothing one request adds to it reaches another.</summary>
    private static TokenValidationResult Copy(TokenValidationResult valid) => new()
    {
        IsValid = true,
        SecurityToken = valid.SecurityToken,
        ClaimsIdentity = valid.ClaimsIdentity.Clone(),
        Issuer = valid.Issuer,
        TokenType = valid.TokenType,
    };
}
