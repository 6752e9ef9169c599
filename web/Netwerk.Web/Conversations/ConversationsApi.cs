using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Conversations;

/// <summary>Private conversations (`/api/conversations`, the discussions service), as *Berichten* calls them.</summary>
public sealed class ConversationsApi(GatewayApi api)
{
    public Task<ApiResult<Page<ConversationLine>>> ListAsync(string? cursor) =>
        api.GetAsync<Page<ConversationLine>>("api/conversations" + Query.From(("cursor", cursor), ("limit", "20")));

    public Task<ApiResult<Conversation>> GetAsync(Guid id, string? cursor) =>
        api.GetAsync<Conversation>($"api/conversations/{id}" + Query.From(("cursor", cursor), ("limit", "50")));

    public Task<ApiResult<Conversation>> StartAsync(Guid memberId, string? subject, string? body) =>
        api.PostAsync<Conversation>("api/conversations", new { memberIds = new[] { memberId }, subject, body });

    public Task<ApiResult<ApiDone>> WriteAsync(Guid id, string? body) => api.PostAsync($"api/conversations/{id}/messages", new { body });
}
