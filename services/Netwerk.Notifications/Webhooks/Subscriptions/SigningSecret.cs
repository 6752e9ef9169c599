using System.Security.Cryptography;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>Secrets as Standard Webhooks writes them: `whsec_` and the base64 of random bytes (32; the rules ask for at
/// least 24).</summary>
public static class SigningSecret
{
    public const string Prefix = "whsec_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
