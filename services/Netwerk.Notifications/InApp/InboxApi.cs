using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.InApp;

internal static class InboxApi
{
    private static readonly KeysetOrder<Notification> NewestFirst = KeysetOrder<Notification>.Descending(n => n.CreatedAt, n => n.Id);

    public sealed record MarkedRead(int Marked);

    public static void MapInboxApi(this IEndpointRouteBuilder routes)
    {
        var inbox = routes.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(NetwerkPolicies.Member);
        inbox.MapGet("", ListAsync).WithName("ListNotifications")
            .WithSummary("The caller's inbox, newest first: notifications to them and to the roles they hold; `?unread=true` for unread only.");
        inbox.MapPost("/{id:guid}/read", ReadAsync).WithName("MarkNotificationRead").WithSummary("Marks one notification read (again: no change).");
        inbox.MapPost("/read-all", ReadAllAsync).WithName("MarkAllNotificationsRead").WithSummary("Marks every unread notification in the inbox read.");
    }

    private static async Task<Results<Ok<Page<NotificationView>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NotificationsDbContext db, bool? unread, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var query = InboxOf(db, user).AsNoTracking();
        if (unread == true) query = query.Where(n => n.ReadAt == null);
        var rows = await NewestFirst.PageOf(query, page).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, NewestFirst.CursorOf, NotificationView.From));
    }

    private static async Task<Results<Ok<NotificationView>, NotFound>> ReadAsync(Guid id, ClaimsPrincipal user, NotificationsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var notification = await InboxOf(db, user).FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null) return TypedResults.NotFound();
        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.Now();
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(NotificationView.From(notification));
    }

    private static async Task<Ok<MarkedRead>> ReadAllAsync(ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.Now();
        var marked = await InboxOf(db, user).Where(n => n.ReadAt == null)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new MarkedRead(marked));
    }

    private static IQueryable<Notification> InboxOf(NotificationsDbContext db, ClaimsPrincipal user) =>
        Inbox.Of(db, NetwerkClaims.MemberId(user), NetwerkClaims.Roles(user));
}
