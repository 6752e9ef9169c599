using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Privacy;

/// <summary>A member who leaves is no longer named anywhere here: their documents stay for the network, without an
/// author (the foreign keys set it to null when the member's row goes), and their group memberships go.</summary>
public sealed class MemberErasure(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<MemberErased, DocumentsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberErased message, CancellationToken cancellationToken)
    {
        await Db.KnownGroupMembers.Where(m => m.MemberId == message.MemberId).ExecuteDeleteAsync(cancellationToken);
        await Db.KnownMembers.Where(m => m.MemberId == message.MemberId).ExecuteDeleteAsync(cancellationToken);
    }
}
