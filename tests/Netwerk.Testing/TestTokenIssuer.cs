using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Netwerk.Testing;

/// <summary>Signs access tokens shaped like membership's (issuer, `sub`, `name`, `role`, `iat`), for testing a service
/// without hosting membership and creating every member there. The service under test validates them the way it
/// validates real ones: it fetches this issuer's key set over HTTP (<see cref="KeySetHandler"/>), checks signature,
/// issuer and lifetime, and asks Redis whether the subject was revoked.</summary>
public sealed class TestTokenIssuer
{
    /// <summary>The issuer services expect when `Identity:Issuer` is not set.</summary>
    public const string Issuer = "http://localhost:5080/";
    /// <summary>The `typ` of an access token (RFC 9068), as membership's have it; the services refuse any other.</summary>
    private const string AccessTokenType = "at+jwt";

    private readonly RsaSecurityKey _signingKey;
    private readonly string _keySet;
    private readonly JsonWebTokenHandler _handler = new();

    public TestTokenIssuer()
    {
        var rsa = RSA.Create(2048);
        _signingKey = new RsaSecurityKey(rsa) { KeyId = $"test-{Guid.NewGuid():N}" };
        var publicKey = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = _signingKey.KeyId });
        publicKey.Use = "sig";
        publicKey.Alg = SecurityAlgorithms.RsaSha256;
        _keySet = JsonSerializer.Serialize(new { keys = new[] { new { publicKey.Kty, publicKey.Use, publicKey.Kid, publicKey.Alg, publicKey.N, publicKey.E } } },
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
    }

    /// <summary>The public key set (JWKS JSON), for serving it over real HTTP (the benchmarks do).</summary>
    public string KeySet => _keySet;

    /// <summary>Answers every request with the public key set, as membership's `/.well-known/jwks` does.</summary>
    public HttpMessageHandler KeySetHandler() => new KeySetResponder(_keySet);

    public string Member(Guid memberId, string displayName) => Issue(memberId.ToString(), displayName, ["member"]);

    public string Moderator(Guid memberId, string displayName = "Moderator") => Issue(memberId.ToString(), displayName, ["member", "moderator"]);

    /// <summary>A partner's client-credentials token: a scope, no roles.</summary>
    public string Partner(string clientId) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        TokenType = AccessTokenType,
        Claims = new Dictionary<string, object> { ["sub"] = clientId, ["scope"] = "webhooks" },
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
    });

    public string Issue(string subject, string displayName, IReadOnlyList<string> roles, TimeSpan? lifetime = null) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            TokenType = AccessTokenType,
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["name"] = displayName, ["role"] = roles.ToArray() },
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow + (lifetime ?? TimeSpan.FromMinutes(30)),
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.RsaSha256),
        });

    private sealed class KeySetResponder(string keySet) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(keySet, Encoding.UTF8, "application/json") });
    }
}
