using Netwerk.Contracts.Members;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>Keeps authors' names current, so documents show the name a member uses now.</summary>
public sealed class MemberProfileUpdatedCopier(DocumentsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberProfileUpdated, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
}
