using Netwerk.Contracts.Members;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>Learns an author's name when they are approved.</summary>
public sealed class ApprovedAuthorNames(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberApproved message, CancellationToken cancellationToken) =>
        AuthorNames.KeepAsync(Db, message.MemberId, message.DisplayName, message.OccurredAt, cancellationToken);
}
