using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Groups;

/// <summary>What group notices read from the group copies.</summary>
internal static class KnownGroupMembers
{
    public static Task<List<Guid>> ActiveAsync(NotificationsDbContext db, Guid groupId, Guid? except, CancellationToken cancellationToken) =>
        db.KnownGroupMembers.Where(m => m.GroupId == groupId && m.Active && m.MemberId != except).Select(m => m.MemberId).ToListAsync(cancellationToken);

    public static async Task<string> GroupNameAsync(NotificationsDbContext db, Guid groupId, CancellationToken cancellationToken) =>
        await db.KnownGroups.Where(g => g.Id == groupId).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) ?? "je werkgroep";
}
