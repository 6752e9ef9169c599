using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Events;

/// <summary>The events service's part of the public API: the calendar and a member's seat, and for moderators the
/// planning, the registrations and the check-in.</summary>
public sealed class EventsApi(GatewayApi api)
{
    /// <param name="query">Filters and paging as the API names them (`groupId`, `registered`, `cursor`, `limit`).</param>
    public Task<ApiResult<Page<NetworkEvent>>> ListAsync(params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<NetworkEvent>>("api/events" + Query.From(query));

    public Task<ApiResult<NetworkEvent>> GetAsync(Guid id) => api.GetAsync<NetworkEvent>($"api/events/{id}");

    public Task<ApiResult<OwnRegistration>> OwnRegistrationAsync(Guid id) => api.GetAsync<OwnRegistration>($"api/events/{id}/registrations/me");

    public Task<ApiResult<OwnRegistration>> RegisterAsync(Guid id) => api.PostAsync<OwnRegistration>($"api/events/{id}/registrations", null);

    public Task<ApiResult<ApiDone>> UnregisterAsync(Guid id) => api.DeleteAsync($"api/events/{id}/registrations/me");

    /// <param name="query">`status`, `cursor`, `limit`.</param>
    public Task<ApiResult<Page<RegistrationLine>>> RegistrationsAsync(Guid id, params (string Name, string? Value)[] query) =>
        api.GetAsync<Page<RegistrationLine>>($"api/events/{id}/registrations" + Query.From(query));

    public Task<ApiResult<NetworkEvent>> ScheduleAsync(object request) => api.PostAsync<NetworkEvent>("api/events", request);

    public Task<ApiResult<NetworkEvent>> ChangeAsync(Guid id, object change, string etag) =>
        api.SendJsonAsync<NetworkEvent>(HttpMethod.Patch, $"api/events/{id}", change, etag);

    public Task<ApiResult<ApiDone>> CancelAsync(Guid id) => api.PostAsync($"api/events/{id}/cancel");

    public Task<ApiResult<ApiDone>> CheckInAsync(Guid id, Guid memberId) => api.PostAsync($"api/events/{id}/registrations/{memberId}/check-in");
}
