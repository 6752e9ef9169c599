using Netwerk.Web.Shared;

namespace Netwerk.Web.Admin.Webhooks;

/// <summary>How a subscription is doing, in one Dutch phrase.</summary>
public static class WebhookState
{
    public static string Dutch(WebhookSubscription subscription) =>
        !subscription.Enabled ? "uitgeschakeld" + (subscription.DisabledReason is null ? "" : $" ({subscription.DisabledReason})")
        : subscription.FailingSince is { } since ? $"mislukt sinds {DutchTime.DayAndTime(since)}"
        : subscription.LastSuccessAt is { } last ? $"werkt, laatst afgeleverd {DutchTime.DayAndTime(last)}"
        : "actief, nog niets afgeleverd";
}
