using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging.Audit;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Targets;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

internal static class SubscriptionsApi
{
    private static readonly KeysetOrder<WebhookSubscription> NewestFirst = KeysetOrder<WebhookSubscription>.Descending(s => s.CreatedAt, s => s.Id);

    /// <summary>How long a rotated secret keeps signing beside the new one, so the partner can switch without a gap.</summary>
    public static readonly TimeSpan SecretOverlap = TimeSpan.FromHours(24);

    public static void MapSubscriptionsApi(this IEndpointRouteBuilder routes)
    {
        var subscriptions = routes.MapGroup("/api/webhooks/subscriptions").WithTags("Webhooks").RequireAuthorization(WebhookOwner.Policy);
        subscriptions.MapPost("", CreateAsync).WithName("CreateWebhookSubscription")
            .WithSummary("Subscribe a URL to event types; the answer holds the signing secret, shown only this once.");
        subscriptions.MapGet("", ListAsync).WithName("ListWebhookSubscriptions").WithSummary("The caller's subscriptions (an administrator's: all), newest first.");
        subscriptions.MapGet("/{id:guid}", GetAsync).WithName("GetWebhookSubscription");
        subscriptions.MapPatch("/{id:guid}", ChangeAsync).WithName("ChangeWebhookSubscription")
            .WithSummary("Change url, event types, description, contact e-mail or `enabled`; enabling again resumes waiting deliveries.");
        subscriptions.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhookSubscription").WithSummary("Remove a subscription and its delivery log.");
        subscriptions.MapPost("/{id:guid}/rotate-secret", RotateAsync).WithName("RotateWebhookSecret")
            .WithSummary("A new secret; the previous one keeps signing beside it (two signatures) for 24 hours.");
    }

    private static async Task<Results<Created<SubscriptionView>, ValidationProblem>> CreateAsync(SubscriptionRequest request, ClaimsPrincipal user,
        HttpContext context, NotificationsDbContext db, WebhookTargetRules targets, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        await request.ValidateAsync(targets, creating: true, errors, cancellationToken);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var now = clock.Now();
        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            OwnerClientId = WebhookOwner.From(user).ClientId,
            Url = request.Url!,
            EventTypes = request.EventTypes!.Distinct().ToList(),
            Description = request.Description,
            ContactEmail = string.IsNullOrEmpty(request.ContactEmail) ? null : request.ContactEmail,
            Enabled = request.Enabled ?? true,
            Secret = SigningSecret.Create(),
            CreatedAt = now,
        };
        db.WebhookSubscriptions.Add(subscription);
        db.AddAuditEntry(AuditActor.Of(context), "webhook.created", Target(subscription), now, string.Join(", ", subscription.EventTypes));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/webhooks/subscriptions/{subscription.Id}", SubscriptionView.From(subscription, withSecret: true));
    }

    private static async Task<Results<Ok<Page<SubscriptionView>>, ValidationProblem>> ListAsync(ClaimsPrincipal user, NotificationsDbContext db,
        int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var query = WebhookOwner.From(user).Visible(db.WebhookSubscriptions.AsNoTracking());
        var rows = await NewestFirst.PageOf(query, page).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, NewestFirst.CursorOf, s => SubscriptionView.From(s)));
    }

    private static async Task<Results<Ok<SubscriptionView>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, NotificationsDbContext db,
        CancellationToken cancellationToken) =>
        await FindAsync(db, user, id, cancellationToken) is { } subscription
            ? TypedResults.Ok(SubscriptionView.From(subscription))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<SubscriptionView>, NotFound, ValidationProblem>> ChangeAsync(Guid id, SubscriptionRequest request,
        ClaimsPrincipal user, HttpContext context, NotificationsDbContext db, WebhookTargetRules targets, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(db, user, id, cancellationToken);
        if (subscription is null) return TypedResults.NotFound();
        var errors = new FieldErrors();
        await request.ValidateAsync(targets, creating: false, errors, cancellationToken);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        if (request.Url is not null) subscription.Url = request.Url;
        if (request.EventTypes is not null) subscription.EventTypes = request.EventTypes.Distinct().ToList();
        if (request.Description is not null) subscription.Description = request.Description.Length == 0 ? null : request.Description;
        if (request.ContactEmail is not null) subscription.ContactEmail = request.ContactEmail.Length == 0 ? null : request.ContactEmail;
        if (request.Enabled is { } enabled && enabled != subscription.Enabled)
        {
            subscription.Enabled = enabled;
            subscription.DisabledReason = enabled ? null : "Disabled by its owner.";
            subscription.DisabledAt = enabled ? null : clock.Now();
            // A fresh start: the five days of failing count from the next failure.
            if (enabled) subscription.FailingSince = null;
        }
        var changed = db.Entry(subscription).Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).Order().ToList();
        if (changed.Count > 0) db.AddAuditEntry(AuditActor.Of(context), "webhook.changed", Target(subscription), clock.Now(), string.Join(", ", changed));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SubscriptionView.From(subscription));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, ClaimsPrincipal user, HttpContext context,
        NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(db, user, id, cancellationToken);
        if (subscription is null) return TypedResults.NotFound();
        db.WebhookSubscriptions.Remove(subscription);
        db.AddAuditEntry(AuditActor.Of(context), "webhook.deleted", Target(subscription), clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RotatedSecret>, NotFound>> RotateAsync(Guid id, ClaimsPrincipal user, HttpContext context,
        NotificationsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(db, user, id, cancellationToken);
        if (subscription is null) return TypedResults.NotFound();
        var expires = clock.Now() + SecretOverlap;
        subscription.PreviousSecret = subscription.Secret;
        subscription.PreviousSecretExpiresAt = expires;
        subscription.Secret = SigningSecret.Create();
        db.AddAuditEntry(AuditActor.Of(context), "webhook.secret_rotated", Target(subscription), clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RotatedSecret(subscription.Secret, expires));
    }

    private static AuditTarget Target(WebhookSubscription subscription) =>
        new("webhook", subscription.Id.ToString(), $"{subscription.Url} ({subscription.OwnerClientId})");

    /// <summary>The subscription when the caller may manage it; another partner's is as missing (404).</summary>
    public static async Task<WebhookSubscription?> FindAsync(NotificationsDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await WebhookOwner.From(user).Visible(db.WebhookSubscriptions).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
}
