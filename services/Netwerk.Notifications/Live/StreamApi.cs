using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Notifications.Live;

internal static class StreamApi
{
    /// <summary>Sent when nothing else was for this long, so proxies (the gateway's idle timeout is 100 s) keep the
    /// connection and clients notice a dead one.</summary>
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(25);
    private const int MaximumReplay = 500;

    public static void MapStreamApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/notifications/stream", Stream)
            .WithTags("Notifications")
            .WithName("StreamNotifications")
            .WithSummary("Server-Sent Events: each new notification as it happens (event id = notification id; `heartbeat` events keep the line open). " +
                         "Reconnecting with `Last-Event-ID` first replays what was missed.")
            .RequireAuthorization(NetwerkPolicies.Member);

    private static IResult Stream(ClaimsPrincipal user, HttpRequest request, NotificationsDbContext db, LiveNotificationHub hub, CancellationToken cancellationToken)
    {
        var memberId = NetwerkClaims.MemberId(user);
        var roles = NetwerkClaims.Roles(user);
        var lastEventId = Guid.TryParse(request.Headers["Last-Event-ID"].FirstOrDefault(), out var last) ? last : (Guid?)null;
        // Subscribed before the replay is read, so nothing committed in between falls through the gap.
        var listener = hub.Listen(memberId, roles);
        request.HttpContext.Response.RegisterForDispose(listener);
        return new OpenedEventStream(EventsAsync(db, listener, memberId, roles, lastEventId, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<string>> EventsAsync(NotificationsDbContext db, LiveListener listener, Guid memberId,
        IReadOnlyList<string> roles, Guid? lastEventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sent = new HashSet<Guid>();
        if (lastEventId is { } lastId)
        {
            foreach (var missed in await MissedAsync(db, memberId, roles, lastId, cancellationToken))
            {
                sent.Add(missed.Id);
                yield return Item(missed);
            }
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(Heartbeat);
            bool more;
            try
            {
                more = await listener.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                more = true;
            }
            if (!more || cancellationToken.IsCancellationRequested) yield break;
            if (!listener.Reader.TryPeek(out _))
            {
                yield return new SseItem<string>("{}", "heartbeat");
                continue;
            }
            while (listener.Reader.TryRead(out var live))
            {
                if (sent.Add(live.Notification.Id)) yield return Item(live.Notification);
            }
        }
    }

    /// <summary>What the member's inbox received after the notification they saw last.</summary>
    private static async Task<List<NotificationView>> MissedAsync(NotificationsDbContext db, Guid memberId, IReadOnlyList<string> roles, Guid lastId,
        CancellationToken cancellationToken)
    {
        var inbox = Inbox.Of(db, memberId, roles);
        var last = await inbox.Where(n => n.Id == lastId).Select(n => new { n.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        if (last is null) return [];
        var rows = await inbox
            .Where(n => n.CreatedAt > last.CreatedAt || (n.CreatedAt == last.CreatedAt && n.Id.CompareTo(lastId) > 0))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Take(MaximumReplay).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(NotificationView.From).ToList();
    }

    private static SseItem<string> Item(NotificationView notification) =>
        new(JsonSerializer.Serialize(notification, JsonSerializerOptions.Web)) { EventId = notification.Id.ToString() };
}
