using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Messaging.Audit;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Forwarding;
using Netwerk.Notifications.Webhooks.Subscriptions;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.Webhooks.Delivery;

internal static class DeliveriesApi
{
    private static readonly KeysetOrder<WebhookDelivery> NewestFirst = KeysetOrder<WebhookDelivery>.Descending(d => d.CreatedAt, d => d.Id);

    public static void MapDeliveriesApi(this IEndpointRouteBuilder routes)
    {
        var webhooks = routes.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(WebhookOwner.Policy);
        webhooks.MapPost("/subscriptions/{id:guid}/test", TestAsync).WithName("SendWebhookTestMessage")
            .WithSummary("Sends a `webhook.test` message to this subscription now (whatever its event types).");
        webhooks.MapGet("/subscriptions/{id:guid}/deliveries", ListAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The delivery log, newest first: per message its attempts (status code, duration, the start of the answer, error) and the next attempt; `?status=pending|succeeded|failed`.");
        webhooks.MapPost("/deliveries/{id:guid}/redeliver", RedeliverAsync).WithName("RedeliverWebhookMessage")
            .WithSummary("Sends that message again now, under the same `webhook-id`, with a fresh retry schedule.");
        webhooks.MapPost("/subscriptions/{id:guid}/recover", RecoverAsync).WithName("RecoverWebhookMessages")
            .WithSummary("Sends every failed message since `since` again, with a fresh retry schedule.");
    }

    private static async Task<Results<Accepted<TestMessageSent>, NotFound>> TestAsync(Guid id, ClaimsPrincipal user, NotificationsDbContext db,
        WebhookDispatchSignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subscription = await SubscriptionsApi.FindAsync(db, user, id, cancellationToken);
        if (subscription is null) return TypedResults.NotFound();
        var now = clock.Now();
        await WebhookOutbox.EnqueueAsync(db, WebhookEventTypes.Test, new TestMessageData("Dit is een testbericht van Netwerk Informatiemanagement po/vo."),
            now, null, now, cancellationToken, onlySubscriptionId: subscription.Id);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        var delivery = db.ChangeTracker.Entries<WebhookDelivery>().Single().Entity;
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries", new TestMessageSent(delivery.Id, WebhookMessage.FormatId(delivery.MessageId)));
    }

    private static async Task<Results<Ok<Page<DeliveryView>>, NotFound, ValidationProblem>> ListAsync(Guid id, ClaimsPrincipal user,
        NotificationsDbContext db, string? status, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        DeliveryStatus? wanted = null;
        if (status is not null)
        {
            if (EnumNames.TryParse<DeliveryStatus>(status, out var parsed)) wanted = parsed;
            else errors.Add("status", "One of pending, succeeded, failed.");
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await SubscriptionsApi.FindAsync(db, user, id, cancellationToken) is null) return TypedResults.NotFound();

        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (wanted is { } wantedStatus) query = query.Where(d => d.Status == wantedStatus);
        var rows = await NewestFirst.PageOf(query, page).Include(d => d.Message).Include(d => d.Attempts)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, NewestFirst.CursorOf, DeliveryView.From));
    }

    private static async Task<Results<Accepted, NotFound, ProblemHttpResult>> RedeliverAsync(Guid id, ClaimsPrincipal user, HttpContext context,
        NotificationsDbContext db, WebhookDispatchSignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delivery is null || await SubscriptionsApi.FindAsync(db, user, delivery.SubscriptionId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        if (delivery.Status == DeliveryStatus.Pending)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This message is still being delivered.",
                detail: "It is pending: its next attempt is scheduled. Redeliver it once it has succeeded or failed.");
        }
        StartRound(delivery, clock.Now());
        db.AddAuditEntry(AuditActor.Of(context), "webhook.redelivered", new AuditTarget("webhook", delivery.SubscriptionId.ToString(), null), clock.Now(),
            $"aflevering {delivery.Id}");
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{delivery.SubscriptionId}/deliveries");
    }

    private static async Task<Results<Accepted<RecoveryStarted>, NotFound, ValidationProblem>> RecoverAsync(Guid id, RecoveryRequest request,
        ClaimsPrincipal user, HttpContext context, NotificationsDbContext db, WebhookDispatchSignal signal, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.Now();
        if (request.Since is not { } since || since > now)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["A time in the past (ISO 8601) is required."] });
        }
        if (await SubscriptionsApi.FindAsync(db, user, id, cancellationToken) is null) return TypedResults.NotFound();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var count = await db.WebhookDeliveries
            .Where(d => d.SubscriptionId == id && d.Status == DeliveryStatus.Failed && d.CreatedAt >= since)
            .ExecuteUpdateAsync(d => d
                .SetProperty(x => x.Status, DeliveryStatus.Pending)
                .SetProperty(x => x.FailuresThisRound, 0)
                .SetProperty(x => x.NextAttemptAt, now)
                .SetProperty(x => x.CompletedAt, (DateTimeOffset?)null), cancellationToken);
        db.AddAuditEntry(AuditActor.Of(context), "webhook.recovered", new AuditTarget("webhook", id.ToString(), null), now,
            $"{count} berichten sinds {since:O}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/webhooks/subscriptions/{id}/deliveries", new RecoveryStarted(count));
    }

    private static void StartRound(WebhookDelivery delivery, DateTimeOffset now)
    {
        delivery.Status = DeliveryStatus.Pending;
        delivery.FailuresThisRound = 0;
        delivery.NextAttemptAt = now;
        delivery.CompletedAt = null;
    }
}
