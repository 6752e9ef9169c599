using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.Testing;
using StackExchange.Redis;

namespace Netwerk.Platform.Tests.Auth;

/// <summary>The gateway's token check as the gateway wires it (<c>AddEdgeTokenValidation</c>): the issuer's keys
/// fetched over HTTP, the revocation mirror on the run's real Redis.</summary>
public sealed class EdgeTokenValidatorTests
{
    private readonly TestTokenIssuer _issuer = new();

    [Fact]
    public async Task A_token_of_the_platform_passes_with_its_subject_and_other_tokens_do_not()
    {
        using var host = await StartAsync();
        var validator = host.Services.GetRequiredService<EdgeTokenValidator>();
        var member = Guid.NewGuid().ToString();

        var client = await validator.ValidateAsync(_issuer.Issue(member, "Joost Mulder", ["member"]));

        Assert.Equal(member, client?.FindFirst(NetwerkPolicies.SubjectClaim)?.Value);
        Assert.Null(await validator.ValidateAsync(new TestTokenIssuer().Member(Guid.NewGuid(), "Nep")));
        Assert.Null(await validator.ValidateAsync(_issuer.Issue(member, "Joost Mulder", ["member"], lifetime: TimeSpan.FromSeconds(-30))));
        Assert.Null(await validator.ValidateAsync("not-a-token"));
        Assert.Null(await validator.ValidateAsync(""));
    }

    [Fact]
    public async Task A_members_token_is_refused_once_the_member_is_revoked_and_a_later_one_is_not()
    {
        using var host = await StartAsync();
        var validator = host.Services.GetRequiredService<EdgeTokenValidator>();
        var member = Guid.NewGuid().ToString();
        var token = _issuer.Issue(member, "Ilse de Boer", ["member"]);
        Assert.NotNull(await validator.ValidateAsync(token));

        var revocations = new RevokedSubjects(host.Services.GetRequiredService<IConnectionMultiplexer>(), TimeProvider.System, NullLogger<RevokedSubjects>.Instance);
        await revocations.RevokeAsync(member, TimeSpan.FromMinutes(30));

        Assert.Null(await Eventually.ReturnsAsync(() => validator.ValidateAsync(token), principal => principal is null));
        Assert.NotNull(await validator.ValidateAsync(_issuer.Issue(Guid.NewGuid().ToString(), "Joost Mulder", ["member"])));
        // Signing in again after the revocation (a new password) gives a token that works.
        Assert.NotNull(await validator.ValidateAsync(_issuer.Issue(member, "Ilse de Boer", ["member"])));
    }

    private async Task<IHost> StartAsync()
    {
        var servers = await TestServers.SharedAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Identity:KeysAddress"] = "http://keys.test/.well-known/jwks";
        builder.Configuration["Identity:ClockSkew"] = "00:00:00";
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(servers.RedisConnectionString));
        builder.AddEdgeTokenValidation();
        builder.Services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme).ConfigurePrimaryHttpMessageHandler(_issuer.KeySetHandler);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
