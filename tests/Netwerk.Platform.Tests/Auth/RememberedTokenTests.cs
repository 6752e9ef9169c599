using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Auth;

/// <summary>The token handler every service and the gateway use remembers valid tokens, so their signatures are
/// checked once; these tests tell a remembered answer from a fresh one by taking the keys away.</summary>
public sealed class RememberedTokenTests
{
    private readonly TestTokenIssuer _issuer = new();
    private readonly AdjustableClock _clock = new();

    [Fact]
    public async Task A_valid_token_is_remembered_until_it_expires_and_not_after()
    {
        var handler = new RememberingTokenHandler(_clock);
        var token = _issuer.Issue(Guid.NewGuid().ToString(), "Joost Mulder", ["member"], lifetime: TimeSpan.FromMinutes(2));

        Assert.True((await handler.ValidateTokenAsync(token, WithKeys())).IsValid);
        Assert.True((await handler.ValidateTokenAsync(token, WithoutKeys())).IsValid, "remembered: the signature is not checked again");

        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.False((await handler.ValidateTokenAsync(token, WithoutKeys())).IsValid);
    }

    [Fact]
    public async Task A_refused_token_is_not_remembered()
    {
        var handler = new RememberingTokenHandler(_clock);
        var token = _issuer.Member(Guid.NewGuid(), "Ilse de Boer");

        Assert.False((await handler.ValidateTokenAsync(token, WithoutKeys())).IsValid);
        Assert.True((await handler.ValidateTokenAsync(token, WithKeys())).IsValid);
    }

    [Fact]
    public async Task Every_request_gets_an_identity_of_its_own()
    {
        var handler = new RememberingTokenHandler(_clock);
        var token = _issuer.Member(Guid.NewGuid(), "Ilse de Boer");
        await handler.ValidateTokenAsync(token, WithKeys());

        var first = await handler.ValidateTokenAsync(token, WithKeys());
        first.ClaimsIdentity.AddClaim(new Claim("role", "admin"));
        var second = await handler.ValidateTokenAsync(token, WithKeys());

        Assert.DoesNotContain(second.ClaimsIdentity.Claims, c => c.Type == "role" && c.Value == "admin");
    }

    private TokenValidationParameters WithKeys() => new()
    {
        ValidIssuer = TestTokenIssuer.Issuer,
        ValidateAudience = false,
        IssuerSigningKeys = new JsonWebKeySet(_issuer.KeySet).GetSigningKeys(),
    };

    private static TokenValidationParameters WithoutKeys() => new()
    {
        ValidIssuer = TestTokenIssuer.Issuer,
        ValidateAudience = false,
        IssuerSigningKeys = [],
    };
}
