using Netwerk.Contracts.Documents;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Links;

/// <summary>Keeps <see cref="KnownDocument"/> from the documents service's events; the newest event wins, whatever the
/// order they arrive in.</summary>
internal static class DocumentCopy
{
    public static Task KeepAsync(DiscussionsDbContext db, DocumentDetails document, DateTimeOffset asOf, bool deleted,
        CancellationToken cancellationToken) =>
        db.KeepNewestAsync([new KnownDocument { Id = document.Id, Title = document.Title, Visibility = document.Visibility,
            GroupId = document.GroupId, Deleted = deleted, AsOf = asOf }], cancellationToken);
}

public sealed class DocumentPublishedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<DocumentPublished, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(DocumentPublished message, CancellationToken cancellationToken) =>
        DocumentCopy.KeepAsync(Db, message.Document, message.OccurredAt, deleted: false, cancellationToken);
}

public sealed class DocumentUpdatedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<DocumentUpdated, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(DocumentUpdated message, CancellationToken cancellationToken) =>
        DocumentCopy.KeepAsync(Db, message.Document, message.OccurredAt, deleted: false, cancellationToken);
}

public sealed class DocumentDeletedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<DocumentDeleted, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(DocumentDeleted message, CancellationToken cancellationToken) =>
        DocumentCopy.KeepAsync(Db, message.Document, message.OccurredAt, deleted: true, cancellationToken);
}
