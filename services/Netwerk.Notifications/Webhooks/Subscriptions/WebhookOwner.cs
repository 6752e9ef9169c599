using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>Who may manage a subscription: the partner client that owns it (a token with the `webhooks` scope; its
/// subject is the client id), or an administrator, who sees all.</summary>
public sealed record WebhookOwner(string ClientId, bool IsAdministrator)
{
    public const string Policy = "webhook-owner";

    public static WebhookOwner From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(NetwerkPolicies.SubjectClaim) ?? "", user.HasClaim(NetwerkPolicies.RoleClaim, NetwerkRoles.Admin));

    public bool Owns(WebhookSubscription subscription) => IsAdministrator || subscription.OwnerClientId == ClientId;

    public IQueryable<WebhookSubscription> Visible(IQueryable<WebhookSubscription> subscriptions) =>
        IsAdministrator ? subscriptions : subscriptions.Where(s => s.OwnerClientId == ClientId);

    public static void AddPolicy(AuthorizationOptions options) => options.AddPolicy(Policy, policy => policy.RequireAssertion(context =>
        context.User.HasClaim(NetwerkPolicies.RoleClaim, NetwerkRoles.Admin)
        || NetwerkPolicies.HasScope(context.User, NetwerkPolicies.Webhooks)));
}
