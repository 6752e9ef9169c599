using Netwerk.Notifications.InApp;

namespace Netwerk.Notifications.Live;

/// <summary>A notification on its way to open streams: to one member, or to everyone holding a role.</summary>
public sealed record LiveNotification(Guid? MemberId, string? Role, NotificationView Notification);
