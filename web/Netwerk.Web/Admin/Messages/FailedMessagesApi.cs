using Netwerk.Web.Api;

namespace Netwerk.Web.Admin.Messages;

/// <summary>The messages each service's consumers gave up on, and sending them again: every service answers for its
/// own queues under `/api/operations/{service}/`.</summary>
public sealed class FailedMessagesApi(GatewayApi api)
{
    public Task<ApiResult<FailedEndpoints>> ListAsync(string service) =>
        api.GetAsync<FailedEndpoints>($"api/operations/{service}/failed-messages?limit=50");

    public Task<ApiResult<Redelivered>> RedeliverAsync(string service, string endpoint, string messageId) =>
        api.PostAsync<Redelivered>($"api/operations/{service}/failed-messages/{Uri.EscapeDataString(endpoint)}/{Uri.EscapeDataString(messageId)}/redeliver", null);

    public Task<ApiResult<Redelivered>> RedeliverAllAsync(string service, string endpoint) =>
        api.PostAsync<Redelivered>($"api/operations/{service}/failed-messages/{Uri.EscapeDataString(endpoint)}/redeliver", null);
}
