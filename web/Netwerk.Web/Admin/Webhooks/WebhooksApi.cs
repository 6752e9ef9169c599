using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Admin.Webhooks;

/// <summary>Partners' webhook subscriptions and their deliveries (the notifications service's part of the API).</summary>
public sealed class WebhooksApi(GatewayApi api)
{
    public Task<ApiResult<Page<WebhookSubscription>>> SubscriptionsAsync(string? cursor) =>
        api.GetAsync<Page<WebhookSubscription>>("api/webhooks/subscriptions" + Query.From(("cursor", cursor), ("limit", "50")));

    public Task<ApiResult<WebhookSubscription>> SubscriptionAsync(Guid id) => api.GetAsync<WebhookSubscription>($"api/webhooks/subscriptions/{id}");

    public Task<ApiResult<Page<WebhookDelivery>>> DeliveriesAsync(Guid subscriptionId, string? cursor) =>
        api.GetAsync<Page<WebhookDelivery>>($"api/webhooks/subscriptions/{subscriptionId}/deliveries" + Query.From(("cursor", cursor), ("limit", "30")));

    public Task<ApiResult<ApiDone>> RedeliverAsync(Guid deliveryId) => api.PostAsync($"api/webhooks/deliveries/{deliveryId}/redeliver");
}
