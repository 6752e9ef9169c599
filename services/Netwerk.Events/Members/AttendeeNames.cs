using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Data;

namespace Netwerk.Events.Members;

internal static class AttendeeNames
{
    /// <summary>Stores the name unless a newer one is already known: events arrive in any order (EVENTS.md).</summary>
    public static Task KeepAsync(EventsDbContext db, Guid memberId, string displayName, DateTimeOffset asOf, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO attendees (member_id, display_name, name_as_of) VALUES ({memberId}, {displayName}, {asOf.ToUniversalTime()})
            ON CONFLICT (member_id) DO UPDATE SET display_name = excluded.display_name, name_as_of = excluded.name_as_of
            WHERE attendees.name_as_of < excluded.name_as_of
            """, cancellationToken);
}
