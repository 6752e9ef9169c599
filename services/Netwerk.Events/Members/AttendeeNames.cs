using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Data;

namespace Netwerk.Events.Members;

internal static class AttendeeNames
{
    /// <summary>Stores each name unless a newer one is already known: events arrive in any order (EVENTS.md). One
    /// statement for the lot, rows in id order so that concurrent writers lock them in the same order.</summary>
    public static Task KeepAsync(EventsDbContext db, IEnumerable<Caller> members, CancellationToken cancellationToken)
    {
        var newest = members.GroupBy(m => m.Id).Select(g => g.MaxBy(m => m.NameAsOf)!).OrderBy(m => m.Id).ToArray();
        var ids = newest.Select(m => m.Id).ToArray();
        var names = newest.Select(m => m.DisplayName).ToArray();
        var asOf = newest.Select(m => m.NameAsOf.ToUniversalTime()).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO attendees (member_id, display_name, name_as_of)
            SELECT * FROM unnest({ids}::uuid[], {names}::text[], {asOf}::timestamptz[])
            ON CONFLICT (member_id) DO UPDATE SET display_name = excluded.display_name, name_as_of = excluded.name_as_of
            WHERE attendees.name_as_of < excluded.name_as_of
            """, cancellationToken);
    }
}
