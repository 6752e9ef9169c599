using Netwerk.Contracts.Members;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>Keeps authors' names current, so documents show the name a member uses now.</summary>
public sealed class UpdatedAuthorNames(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<MemberProfileUpdated, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken) =>
        AuthorNames.KeepAsync(Db, message.MemberId, message.DisplayName, message.OccurredAt, cancellationToken);
}
