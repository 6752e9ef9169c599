using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Http;

namespace Netwerk.Messaging.Audit;

/// <summary>Who did something, as the audit log keeps it: the member (or partner client) of the request's token, the
/// OAuth client it came through and the address the gateway saw.</summary>
public sealed record AuditActor(Guid? Id, string Name, string? ClientId, string? Address)
{
    public static AuditActor Of(HttpContext context) => Of(context.User, ClientAddress.Of(context));

    public static AuditActor Of(ClaimsPrincipal user, string? address)
    {
        var client = user.FindFirstValue("client_id") ?? user.FindFirstValue("azp");
        var memberId = NetwerkClaims.MemberId(user);
        // A partner's token (client credentials) names the client as its subject: it is the actor itself.
        return memberId == Guid.Empty
            ? new AuditActor(null, user.FindFirstValue(NetwerkPolicies.SubjectClaim) ?? client ?? "onbekend", client, address)
            : new AuditActor(memberId, NetwerkClaims.DisplayName(user), client, address);
    }
}
