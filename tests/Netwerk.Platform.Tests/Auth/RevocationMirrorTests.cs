using Microsoft.Extensions.Logging.Abstractions;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.Testing;
using StackExchange.Redis;

namespace Netwerk.Platform.Tests.Auth;

/// <summary>The gateway's copy of the revoked subjects, against the run's real Redis.</summary>
public sealed class RevocationMirrorTests
{
    private static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(30);

    [Fact]
    public async Task The_mirror_loads_earlier_revocations_until_they_run_out_and_hears_new_ones()
    {
        var servers = await TestServers.SharedAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var revocations = new RevokedSubjects(redis, TimeProvider.System, NullLogger<RevokedSubjects>.Instance);
        var issuedBefore = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(1);
        var (earlier, later) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await revocations.RevokeAsync(earlier, AccessTokenLifetime);

        var clock = new AdjustableClock();
        var mirror = new RevocationMirror(redis, clock, NullLogger<RevocationMirror>.Instance);
        await mirror.StartAsync(CancellationToken.None);

        Assert.True(mirror.IsRevoked(earlier, issuedBefore));
        Assert.False(mirror.IsRevoked(earlier, DateTimeOffset.UtcNow), "a token issued after the revocation works (a new sign-in)");
        Assert.False(mirror.IsRevoked(later, issuedBefore));
        await revocations.RevokeAsync(later, AccessTokenLifetime);
        Assert.True(await Eventually.ReturnsAsync(() => Task.FromResult(mirror.IsRevoked(later, issuedBefore)), revoked => revoked));

        clock.Advance(AccessTokenLifetime + TimeSpan.FromMinutes(6));
        Assert.False(mirror.IsRevoked(earlier, issuedBefore), "an entry counts as long as Redis keeps it");
    }
}
