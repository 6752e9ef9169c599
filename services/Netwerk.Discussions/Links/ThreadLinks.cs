using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Links;

/// <summary>The documents and events a thread is about ("Stel een vraag over dit document"): checked against this
/// service's copies when the thread is written, and shown with their titles to each reader as far as that reader may
/// see them — a group's document only to the group, a deleted one to nobody.</summary>
internal static class ThreadLinks
{
    public const int Maximum = 5;

    public static List<Guid> Clean(IEnumerable<Guid>? ids) => [.. (ids ?? []).Distinct()];

    /// <summary>Unknown, deleted or (for the writer) invisible documents, and unknown events, are refused by field.</summary>
    public static async Task CheckAsync(DiscussionsDbContext db, Participant writer, IReadOnlyList<Guid> documentIds, IReadOnlyList<Guid> eventIds,
        FieldErrors errors, CancellationToken cancellationToken)
    {
        errors.Require(documentIds.Count <= Maximum, "documentIds", $"At most {Maximum} documents.");
        errors.Require(eventIds.Count <= Maximum, "eventIds", $"At most {Maximum} events.");
        if (documentIds.Count is > 0 and <= Maximum)
        {
            var seen = await VisibleDocuments(db, writer).CountAsync(d => documentIds.Contains(d.Id), cancellationToken);
            errors.Require(seen == documentIds.Count, "documentIds", "Each id must be a document you can see.");
        }
        if (eventIds.Count is > 0 and <= Maximum)
        {
            var known = await db.KnownEvents.CountAsync(e => eventIds.Contains(e.Id), cancellationToken);
            errors.Require(known == eventIds.Count, "eventIds", "Each id must be a network event.");
        }
    }

    public static async Task<(IReadOnlyList<LinkedDocumentView> Documents, IReadOnlyList<LinkedEventView> Events)> ViewAsync(
        DiscussionsDbContext db, DiscussionThread thread, Participant reader, CancellationToken cancellationToken)
    {
        if (thread.DocumentIds.Count == 0 && thread.EventIds.Count == 0) return ([], []);
        var documents = await VisibleDocuments(db, reader).Where(d => thread.DocumentIds.Contains(d.Id))
            .Select(d => new LinkedDocumentView(d.Id, d.Title)).ToListAsync(cancellationToken);
        var events = await db.KnownEvents.AsNoTracking().Where(e => thread.EventIds.Contains(e.Id))
            .Select(e => new LinkedEventView(e.Id, e.Title, e.StartsAt, e.TimeZone, e.Cancelled)).ToListAsync(cancellationToken);
        // In the order the author gave them.
        return ([.. documents.OrderBy(d => thread.DocumentIds.IndexOf(d.Id))], [.. events.OrderBy(e => thread.EventIds.IndexOf(e.Id))]);
    }

    private static IQueryable<KnownDocument> VisibleDocuments(DiscussionsDbContext db, Participant participant) =>
        db.KnownDocuments.AsNoTracking().Where(d => !d.Deleted && (d.Visibility != KnownDocument.GroupVisibility || participant.IsModerator
            || db.GroupMembers.Any(m => m.GroupId == d.GroupId && m.MemberId == participant.MemberId)));
}
