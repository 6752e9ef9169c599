using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Admin.Registrations;

/// <summary>Registrations waiting for an administrator's decision, and the decisions (membership's part of the API).</summary>
public sealed class RegistrationsApi(GatewayApi api)
{
    public Task<ApiResult<Page<MemberAccount>>> PendingAsync(string? cursor) =>
        api.GetAsync<Page<MemberAccount>>("api/members/registrations" + Query.From(("status", "pending"), ("cursor", cursor), ("limit", "20")));

    public Task<ApiResult<ApiDone>> ApproveAsync(Guid id) => api.PostAsync($"api/members/{id}/approve");

    public Task<ApiResult<ApiDone>> RejectAsync(Guid id, string reason) => api.PostAsync($"api/members/{id}/reject", new { reason });
}
