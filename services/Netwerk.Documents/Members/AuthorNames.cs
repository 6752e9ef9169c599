using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Data;

namespace Netwerk.Documents.Members;

internal static class AuthorNames
{
    /// <summary>Stores the name unless a newer one is already known: events arrive in any order (EVENTS.md).</summary>
    public static Task KeepAsync(DocumentsDbContext db, Guid memberId, string displayName, DateTimeOffset asOf, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO authors (member_id, display_name, name_as_of) VALUES ({memberId}, {displayName}, {asOf.ToUniversalTime()})
            ON CONFLICT (member_id) DO UPDATE SET display_name = excluded.display_name, name_as_of = excluded.name_as_of
            WHERE authors.name_as_of < excluded.name_as_of
            """, cancellationToken);
}
