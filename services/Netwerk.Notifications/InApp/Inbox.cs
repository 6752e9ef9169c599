using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>A member's inbox: the notifications addressed to them and to the roles they hold. One definition for the
/// list, the stream's replay and marking read.</summary>
public static class Inbox
{
    public static IQueryable<Notification> Of(NotificationsDbContext db, Guid memberId, IReadOnlyCollection<string> roles) =>
        db.Notifications.Where(n => n.RecipientMemberId == memberId || (n.RecipientRole != null && roles.Contains(n.RecipientRole)));
}
