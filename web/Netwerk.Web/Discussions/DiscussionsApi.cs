using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Discussions;

/// <summary>The discussions service's part of the public API, as the questions, needs and moderation pages call it.</summary>
public sealed class DiscussionsApi(GatewayApi api)
{
    /// <param name="query">Filters and paging as the API names them (`q`, `kind`, `groupId`, `theme`, `tag`, `status`,
    /// `unanswered`, `sort`, `cursor`, `limit`).</param>
    public Task<ApiResult<Page<ThreadLine>>> ListAsync(params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<ThreadLine>>("api/discussions" + Query.From(query));

    public Task<ApiResult<List<SimilarThread>>> SimilarAsync(string title) =>
        api.GetAsync<List<SimilarThread>>("api/discussions/similar" + Query.From(("title", title)));

    public Task<ApiResult<List<Helper>>> HelpersAsync(Guid id) => api.GetAsync<List<Helper>>($"api/discussions/{id}/helpers");

    public Task<ApiResult<NeedsSummary>> NeedsSummaryAsync() => api.GetAsync<NeedsSummary>("api/discussions/needs/summary");

    public Task<ApiResult<ThreadDetails>> GetAsync(Guid id) => api.GetAsync<ThreadDetails>($"api/discussions/{id}");

    public Task<ApiResult<ThreadDetails>> StartAsync(object thread) => api.PostAsync<ThreadDetails>("api/discussions", thread);

    public Task<ApiResult<ApiDone>> ReplyAsync(Guid id, string body) => api.PostAsync($"api/discussions/{id}/replies", new { body });

    public Task<ApiResult<ApiDone>> AcceptAsync(Guid id, Guid replyId) => api.PostAsync($"api/discussions/{id}/replies/{replyId}/accept");

    public Task<ApiResult<ApiDone>> VoteAsync(Guid id, bool vote) => vote
        ? api.SendAsync<ApiDone>(HttpMethod.Put, $"api/discussions/{id}/vote", null)
        : api.DeleteAsync($"api/discussions/{id}/vote");

    public Task<ApiResult<ApiDone>> FollowAsync(Guid id, bool follow) => follow
        ? api.SendAsync<ApiDone>(HttpMethod.Put, $"api/discussions/{id}/follow", null)
        : api.DeleteAsync($"api/discussions/{id}/follow");

    public Task<ApiResult<ApiDone>> ReportAsync(Guid id, Guid? replyId, string reason) =>
        api.PostAsync(replyId is { } reply ? $"api/discussions/{id}/replies/{reply}/report" : $"api/discussions/{id}/report", new { reason });

    public Task<ApiResult<ApiDone>> LockAsync(Guid id, bool locked) => api.PostAsync($"api/discussions/{id}/{(locked ? "lock" : "unlock")}");

    public Task<ApiResult<ApiDone>> ChangeStatusAsync(Guid id, string? status, string? note) => api.PostAsync($"api/discussions/{id}/status", new { status, note });

    public Task<ApiResult<Page<ReportedPost>>> ReportsAsync(string? cursor) =>
        api.GetAsync<Page<ReportedPost>>("api/discussions/reports" + Query.From(("cursor", cursor), ("limit", "50")));

    /// <summary>A moderator's decision on a reported post: hide it for good or show it again.</summary>
    public Task<ApiResult<ApiDone>> DecideAsync(Guid id, Guid? replyId, bool hide) =>
        api.PostAsync((replyId is { } reply ? $"api/discussions/{id}/replies/{reply}" : $"api/discussions/{id}") + (hide ? "/hide" : "/restore"));
}
