using System.Net;
using Microsoft.Extensions.Options;
using Netwerk.Notifications.Webhooks.Targets;

namespace Netwerk.Notifications.Tests.Webhooks;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]         // CGNAT
    [InlineData("169.254.10.10")]      // link-local
    [InlineData("169.254.169.254")]    // metadata
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]          // multicast
    [InlineData("255.255.255.255")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("::")]
    [InlineData("::ffff:127.0.0.1")]   // IPv4-mapped loopback
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a00:1")]     // NAT64 of 10.0.0.1
    [InlineData("2002:c0a8:0101::1")]  // 6to4 of 192.168.1.1
    [InlineData("fd00:ec2::254")]      // AWS metadata over IPv6
    public void Refuses_what_is_not_public_by_default(string address) =>
        Assert.NotNull(Policy(new WebhookTargetOptions()).Refusal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("145.97.39.155")]
    [InlineData("172.32.0.1")]         // just outside 172.16/12
    [InlineData("2a00:1450:4001:82a::200e")]
    [InlineData("::ffff:93.184.216.34")]
    public void Allows_public_addresses(string address) =>
        Assert.Null(Policy(new WebhookTargetOptions()).Refusal(IPAddress.Parse(address)));

    [Fact]
    public void Configuration_can_allow_loopback_and_private_networks_but_never_metadata()
    {
        var lenient = Policy(new WebhookTargetOptions { AllowLoopback = true, AllowPrivateNetworks = true });

        Assert.Null(lenient.Refusal(IPAddress.Parse("127.0.0.1")));
        Assert.Null(lenient.Refusal(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.Null(lenient.Refusal(IPAddress.Parse("10.0.0.5")));
        Assert.NotNull(lenient.Refusal(IPAddress.Parse("169.254.169.254")));
        Assert.NotNull(lenient.Refusal(IPAddress.Parse("224.0.0.1")));
    }

    private static AddressPolicy Policy(WebhookTargetOptions options) => new(new FixedOptions(options));

    private sealed class FixedOptions(WebhookTargetOptions value) : IOptionsMonitor<WebhookTargetOptions>
    {
        public WebhookTargetOptions CurrentValue => value;
        public WebhookTargetOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<WebhookTargetOptions, string?> listener) => null;
    }
}
