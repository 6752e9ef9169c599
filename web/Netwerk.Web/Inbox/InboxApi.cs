using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Inbox;

/// <summary>The notifications service's part of the public API: the member's inbox and what reaches them how.</summary>
public sealed class InboxApi(GatewayApi api)
{
    /// <param name="query">`unread`, `cursor`, `limit`.</param>
    public Task<ApiResult<Page<NotificationLine>>> ListAsync(params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<NotificationLine>>("api/notifications" + Query.From(query));

    public Task<ApiResult<ApiDone>> MarkReadAsync(Guid id) => api.PostAsync($"api/notifications/{id}/read");

    public Task<ApiResult<ApiDone>> MarkAllReadAsync() => api.PostAsync("api/notifications/read-all");

    public Task<ApiResult<Dictionary<string, CategorySetting>>> PreferencesAsync() =>
        api.GetAsync<Dictionary<string, CategorySetting>>("api/notifications/preferences");

    public Task<ApiResult<Dictionary<string, CategorySetting>>> SavePreferencesAsync(object preferences) =>
        api.SendJsonAsync<Dictionary<string, CategorySetting>>(HttpMethod.Put, "api/notifications/preferences", preferences);
}
