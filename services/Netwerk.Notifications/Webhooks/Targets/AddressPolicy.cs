using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Netwerk.Notifications.Webhooks.Targets;

/// <summary>Decides whether we may connect to an address on a partner's behalf. A webhook URL is chosen by someone
/// outside the network; without this a partner could make us call our own database, the cloud's metadata service or
/// a colleague's router (server-side request forgery).</summary>
public sealed class AddressPolicy(IOptionsMonitor<WebhookTargetOptions> options)
{
    private static readonly IPNetwork[] Never =
    [
        IPNetwork.Parse("0.0.0.0/8"),            // "this network", unspecified
        IPNetwork.Parse("169.254.169.254/32"),   // cloud metadata (AWS, Azure, GCP)
        IPNetwork.Parse("100.100.100.200/32"),   // cloud metadata (Alibaba)
        IPNetwork.Parse("224.0.0.0/4"),          // multicast
        IPNetwork.Parse("240.0.0.0/4"),          // reserved, broadcast
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("ff00::/8"),             // multicast
        IPNetwork.Parse("fd00:ec2::254/128"),    // AWS metadata over IPv6
    ];

    private static readonly IPNetwork[] Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    private static readonly IPNetwork[] Private =
    [
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("100.64.0.0/10"),        // carrier-grade NAT
        IPNetwork.Parse("169.254.0.0/16"),       // link-local
        IPNetwork.Parse("192.0.0.0/24"),         // IETF protocol assignments
        IPNetwork.Parse("198.18.0.0/15"),        // benchmarking
        IPNetwork.Parse("fc00::/7"),             // unique-local
        IPNetwork.Parse("fe80::/10"),            // link-local
    ];

    /// <summary>Why the address is refused, or null when it may be called.</summary>
    public string? Refusal(IPAddress address)
    {
        address = Unwrap(address);
        var current = options.CurrentValue;
        if (Never.Any(n => n.Contains(address))) return $"{address} is a metadata, multicast or reserved address";
        if (Loopback.Any(n => n.Contains(address))) return current.AllowLoopback ? null : $"{address} is a loopback address";
        if (Private.Any(n => n.Contains(address))) return current.AllowPrivateNetworks ? null : $"{address} is a private or link-local address";
        return null;
    }

    /// <summary>IPv6 forms that carry an IPv4 address (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`,
    /// 6to4 `2002:aabb:ccdd::`) are judged by the IPv4 address they reach.</summary>
    private static IPAddress Unwrap(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes[4..12].All(b => b == 0))
        {
            return new IPAddress(bytes[12..16]);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) return new IPAddress(bytes[2..6]);
        // IPv4-compatible (deprecated) `::a.b.c.d`
        if (bytes[..12].All(b => b == 0) && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && bytes[15] <= 1)) return new IPAddress(bytes[12..16]);
        return address;
    }
}
