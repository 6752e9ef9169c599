using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Admin.Roles;

/// <summary>Active members and their roles, as administrators give them (membership's part of the API).</summary>
public sealed class RolesApi(GatewayApi api)
{
    public Task<ApiResult<Page<MemberAccount>>> ActiveMembersAsync(string? cursor) =>
        api.GetAsync<Page<MemberAccount>>("api/members/registrations" + Query.From(("status", "active"), ("cursor", cursor), ("limit", "50")));

    public Task<ApiResult<ApiDone>> SetAsync(Guid memberId, IReadOnlyList<string> roles) =>
        api.SendJsonAsync<ApiDone>(HttpMethod.Put, $"api/members/{memberId}/roles", new { roles });
}
