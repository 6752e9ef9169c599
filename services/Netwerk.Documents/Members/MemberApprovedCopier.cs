using Netwerk.Contracts.Members;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>Learns an author's name when they are approved.</summary>
public sealed class MemberApprovedCopier(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberApproved message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
}
