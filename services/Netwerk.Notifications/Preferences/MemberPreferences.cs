using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Preferences;

/// <summary>Reads members' preferences with the defaults filled in.</summary>
public static class MemberPreferences
{
    public static async Task<Dictionary<string, CategoryPreference>> OfAsync(NotificationsDbContext db, Guid memberId, CancellationToken cancellationToken)
    {
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.MemberId == memberId).ToListAsync(cancellationToken);
        return NotificationCategories.All.ToDictionary(c => c, c => chosen.FirstOrDefault(p => p.Category == c) is { } p
            ? new CategoryPreference(p.InApp, p.Email)
            : NotificationCategories.Default(c));
    }

    /// <summary>One category's preference for many members at once (an event's cancellation reaches hundreds).</summary>
    public static async Task<Dictionary<Guid, CategoryPreference>> ForCategoryAsync(NotificationsDbContext db, IReadOnlyCollection<Guid> memberIds,
        string category, CancellationToken cancellationToken)
    {
        var chosen = await db.NotificationPreferences.AsNoTracking()
            .Where(p => p.Category == category && memberIds.Contains(p.MemberId))
            .ToDictionaryAsync(p => p.MemberId, p => new CategoryPreference(p.InApp, p.Email), cancellationToken);
        var fallback = NotificationCategories.Default(category);
        return memberIds.Distinct().ToDictionary(id => id, id => chosen.GetValueOrDefault(id, fallback));
    }
}
