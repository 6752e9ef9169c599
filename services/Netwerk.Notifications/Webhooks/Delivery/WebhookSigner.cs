using StandardWebhooks;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>The `webhook-signature` header of Standard Webhooks: `v1,<base64 HMAC-SHA256>` over
/// `{id}.{timestamp}.{body}` per active secret, space-separated while a rotated secret overlaps the new one.</summary>
public static class WebhookSigner
{
    public static string Sign(IReadOnlyList<string> secrets, string webhookId, DateTimeOffset timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(webhookId, timestamp, body)));
}
