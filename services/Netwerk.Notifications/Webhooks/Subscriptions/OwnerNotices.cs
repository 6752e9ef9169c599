using Netwerk.Notifications.InApp;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>Tells those who look after a subscription that it was disabled: the administrators in their inbox, the
/// partner by e-mail at its contact address (Dutch: both are people of the network's community).</summary>
public sealed class OwnerNotices(MemberNotices notices)
{
    public const string Category = "webhooks";

    public void SubscriptionDisabled(WebhookSubscription subscription, string reason)
    {
        var what = $"Het webhook-abonnement van {subscription.OwnerClientId} naar {subscription.Url} is uitgeschakeld. Reden: {reason}";
        var link = WebPages.Webhook(subscription.Id);
        notices.ToRole(NetwerkRoles.Admin, null, Category, "Webhook uitgeschakeld", what, link, null);
        if (subscription.ContactEmail is { } address)
        {
            notices.ToAddress(address, "Je webhook bij Netwerk is uitgeschakeld",
                $"{what} Herstel het endpoint en zet het abonnement weer aan (PATCH met \"enabled\": true); gemiste berichten haal je op met recover.",
                link);
        }
    }
}
