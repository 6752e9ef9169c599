using System.Net.Mail;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Targets;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>`POST /api/webhooks/subscriptions` and, with every field optional, `PATCH …/{id}`.</summary>
public sealed record SubscriptionRequest(string? Url, List<string>? EventTypes, string? Description, string? ContactEmail, bool? Enabled)
{
    public const int MaximumDescription = 500;

    /// <summary>Checks the fields that are present; <paramref name="creating"/> requires url and event types.</summary>
    public async Task ValidateAsync(WebhookTargetRules targets, bool creating, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (creating || Url is not null)
        {
            if (await targets.RefusalAsync(Url, cancellationToken) is { } refusal) errors.Add("url", refusal);
        }
        if (creating || EventTypes is not null)
        {
            if (EventTypes is null || EventTypes.Count == 0) errors.Add("eventTypes", "Name at least one event type (see /api/webhooks/event-types).");
            foreach (var unknown in (EventTypes ?? []).Where(t => !WebhookEventTypes.Exists(t)).Distinct())
            {
                errors.Add("eventTypes", $"'{unknown}' is not an event type (see /api/webhooks/event-types).");
            }
        }
        errors.Require(Description is null || Description.Length <= MaximumDescription, "description", $"At most {MaximumDescription} characters.");
        errors.Require(ContactEmail is null or "" || (ContactEmail.Length <= 320 && MailAddress.TryCreate(ContactEmail, out _)),
            "contactEmail", "Not an e-mail address.");
    }
}
