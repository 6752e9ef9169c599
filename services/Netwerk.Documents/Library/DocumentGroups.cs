using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Data;
using Netwerk.Documents.Groups;
using Netwerk.Documents.Members;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Documents.Library;

internal static class DocumentGroups
{
    /// <summary>A group document names a working group that exists and that its author belongs to (moderators may
    /// file a document with any group).</summary>
    public static async Task CheckAsync(DocumentsDbContext db, DocumentMetadata metadata, Reader reader, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (metadata.GroupId is not { } groupId) return;
        if (!await db.KnownGroups.AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            errors.Add("groupId", "No working group has this id.");
            return;
        }
        if (!reader.IsModerator && !await db.KnownGroupMembers.AnyAsync(m => m.GroupId == groupId && m.MemberId == reader.MemberId, cancellationToken))
        {
            errors.Add("groupId", "You can share a document with a working group you belong to.");
        }
    }
}
