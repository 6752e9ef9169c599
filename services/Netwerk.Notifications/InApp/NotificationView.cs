namespace Netwerk.Notifications.InApp;

public sealed record NotificationView(Guid Id, string Category, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool Read)
{
    public static NotificationView From(Notification notification) => new(notification.Id, notification.Category,
        notification.Title, notification.Body, notification.Link, notification.CreatedAt, notification.ReadAt is not null);
}
