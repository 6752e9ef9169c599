using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Members;

/// <summary>The directory (membership's part of the API): members who consented to be listed, one member, and the
/// schools and boards they work at.</summary>
public sealed class MembersApi(GatewayApi api)
{
    /// <param name="query">`q`, `sector`, `groupId`, `cursor`, `limit`.</param>
    public Task<ApiResult<Page<DirectoryEntry>>> DirectoryAsync(params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<DirectoryEntry>>("api/members" + Query.From(query));

    public Task<ApiResult<DirectoryEntry>> GetAsync(Guid id) => api.GetAsync<DirectoryEntry>($"api/members/{id}");

    /// <param name="query">`q`, `cursor`, `limit`.</param>
    public Task<ApiResult<Page<OrganisationLine>>> OrganisationsAsync(params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<OrganisationLine>>("api/organisations" + Query.From(query));
}
