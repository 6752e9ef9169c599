using Netwerk.Web.Api;

namespace Netwerk.Web.Groups;

/// <summary>The working groups (membership's part of the API): the list every form with a group choice shows, and
/// joining or leaving one.</summary>
public sealed class GroupsApi(GatewayApi api)
{
    public Task<ApiResult<List<WorkingGroup>>> AllAsync() => api.GetAsync<List<WorkingGroup>>("api/groups");

    public Task<ApiResult<ApiDone>> JoinAsync(Guid id) => api.PostAsync($"api/groups/{id}/members");

    public Task<ApiResult<ApiDone>> LeaveAsync(Guid id) => api.DeleteAsync($"api/groups/{id}/members/me");
}
