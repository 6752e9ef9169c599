using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Notifications.InApp;

internal static class InboxApi
{
    public static void MapInboxApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/notifications", ListAsync)
            .WithTags("Notifications")
            .WithName("ListNotifications")
            .WithSummary("The caller's inbox, newest first: notifications to them and to the roles they hold.")
            .RequireAuthorization(NetwerkPolicies.Member);

    private static async Task<Results<Ok<Page<NotificationView>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NotificationsDbContext db, bool? unread, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var memberId = Guid.TryParse(user.FindFirstValue(NetwerkPolicies.SubjectClaim), out var id) ? id : Guid.Empty;
        var roles = user.FindAll(NetwerkPolicies.RoleClaim).Select(c => c.Value).ToList();
        var query = db.Notifications.Where(n => n.RecipientMemberId == memberId || (n.RecipientRole != null && roles.Contains(n.RecipientRole)));
        if (unread == true) query = query.Where(n => n.ReadAt == null);
        if (page.AfterTime is { } afterTime && page.AfterId is { } afterId)
        {
            query = query.Where(n => n.CreatedAt < afterTime || (n.CreatedAt == afterTime && n.Id.CompareTo(afterId) < 0));
        }
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(page.Limit + 1).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, n => (n.CreatedAt, n.Id), NotificationView.From));
    }
}
