using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Netwerk.Notifications.Webhooks.Targets;

/// <summary>The check made when a subscription is created or its URL changed: a well-formed absolute URL, https
/// (unless configuration allows http), no control characters, no credentials, a real port, and a host that resolves only to addresses we may call.
/// The same address check runs again at every connection (<see cref="GuardedConnection"/>): DNS can change.</summary>
public sealed class WebhookTargetRules(AddressPolicy addresses, IHostAddressResolver resolver, IOptionsMonitor<WebhookTargetOptions> options)
{
    public const int MaximumUrlLength = 2000;

    /// <summary>Why the URL cannot be a target, or null when it can.</summary>
    public async Task<string?> RefusalAsync(string? url, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(url)) return "A URL is required.";
        if (url.Length > MaximumUrlLength) return $"The URL is longer than {MaximumUrlLength} characters.";
        // Uri quietly drops or escapes some of them, but the URL is stored and shown as given: a CR LF in it would end
        // up in logs and headers of whoever reads it back.
        if (url.Any(char.IsControl)) return "The URL must not contain control characters (such as a line break).";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "The URL must be an absolute http(s) URL.";
        }
        if (uri.Scheme == Uri.UriSchemeHttp && options.CurrentValue.RequireHttps) return "The URL must use https.";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "The URL must not contain credentials; the signature authenticates us.";
        if (!string.IsNullOrEmpty(uri.Fragment)) return "The URL must not contain a fragment.";
        if (uri.Port == 0) return "The URL's port must be 1 to 65535.";

        try
        {
            var resolved = await resolver.ResolveAsync(uri.IdnHost, cancellationToken);
            if (resolved.Length == 0) return $"The host {uri.Host} does not resolve.";
            foreach (var address in resolved)
            {
                if (addresses.Refusal(address) is { } refusal) return $"The host {uri.Host} resolves to a refused address: {refusal}.";
            }
            return null;
        }
        catch (SocketException)
        {
            return $"The host {uri.Host} does not resolve.";
        }
    }
}
