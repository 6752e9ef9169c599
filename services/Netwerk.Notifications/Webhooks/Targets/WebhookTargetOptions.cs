namespace Netwerk.Notifications.Webhooks.Targets;

/// <summary>`Webhooks:Targets`: which addresses partners may have us call. The defaults are production's: https only,
/// public addresses only. The AppHost's Development setup allows loopback and http, so a partner (or a test) can
/// receive webhooks on its own machine.</summary>
public sealed class WebhookTargetOptions
{
    public bool RequireHttps { get; set; } = true;
    public bool AllowLoopback { get; set; }
    /// <summary>Private (RFC 1918, unique-local), link-local, CGNAT: for a deployment whose partners live inside the
    /// same private network. Metadata, multicast and unspecified addresses stay refused regardless.</summary>
    public bool AllowPrivateNetworks { get; set; }
}
