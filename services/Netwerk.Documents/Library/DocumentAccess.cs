using Netwerk.Documents.Data;
using Netwerk.Documents.Groups;
using Netwerk.Documents.Members;

namespace Netwerk.Documents.Library;

/// <summary>Which documents a reader may know of, as one query filter used by every read (list, search, metadata,
/// content): anonymous readers see public documents; members also those for members, those of their working groups
/// and their own; moderators all. Deleted documents are nobody's. A document outside the filter is a 404.</summary>
internal static class DocumentAccess
{
    public static IQueryable<Document> VisibleTo(this DocumentsDbContext db, Reader reader)
    {
        var documents = db.Documents.Where(d => d.DeletedAt == null);
        if (reader.IsModerator) return documents;
        if (reader.MemberId is not { } memberId) return documents.Where(d => d.Visibility == Visibility.Public);
        return documents.Where(d => d.Visibility == Visibility.Public || d.Visibility == Visibility.Members || d.AuthorId == memberId
            || (d.Visibility == Visibility.Group && db.KnownGroupMembers.Any(g => g.MemberId == memberId && g.GroupId == d.GroupId)));
    }
}
