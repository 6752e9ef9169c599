using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Documents;

/// <summary>The documents service's part of the public API, as the documents pages and the pages that list documents
/// (home, a working group, a member) call it.</summary>
public sealed class DocumentsApi(GatewayApi api)
{
    /// <param name="query">Filters and paging as the API names them (`q`, `groupId`, `authorId`, `cursor`, `limit`).</param>
    public Task<ApiResult<Page<DocumentLine>>> ListAsync(params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<DocumentLine>>("api/documents" + Query.From(query));

    public Task<ApiResult<DocumentDetails>> GetAsync(Guid id) => api.GetAsync<DocumentDetails>($"api/documents/{id}");

    public Task<ApiResult<DocumentDetails>> ShareAsync(MultipartFormDataContent upload) =>
        api.SendAsync<DocumentDetails>(HttpMethod.Post, "api/documents", upload);

    public Task<ApiResult<DocumentDetails>> ChangeAsync(Guid id, object change) =>
        api.SendJsonAsync<DocumentDetails>(HttpMethod.Patch, $"api/documents/{id}", change);

    public Task<ApiResult<ApiDone>> AddVersionAsync(Guid id, MultipartFormDataContent upload) =>
        api.SendAsync<ApiDone>(HttpMethod.Post, $"api/documents/{id}/versions", upload);

    public Task<ApiResult<ApiDone>> DeleteAsync(Guid id) => api.DeleteAsync($"api/documents/{id}");
}
