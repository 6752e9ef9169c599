using Netwerk.Web.Api;
using Netwerk.Web.Shared;

namespace Netwerk.Web.Admin.AuditLog;

/// <summary>The audit log (membership's `/api/audit`), read only.</summary>
public sealed class AuditLogApi(GatewayApi api)
{
    public Task<ApiResult<Page<AuditEntry>>> ListAsync(params (string Name, string? Value)[] filters) =>
        api.GetAsync<Page<AuditEntry>>("api/audit" + Query.From([.. filters, ("limit", "50")]));
}
