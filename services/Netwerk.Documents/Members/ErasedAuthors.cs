using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>A member who leaves is no longer named anywhere here: their documents stay for the network, without an
/// author (the foreign keys set it to null when the author row goes), and their group memberships go.</summary>
public sealed class ErasedAuthors(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<MemberErased, DocumentsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberErased message, CancellationToken cancellationToken)
    {
        await Db.GroupMembers.Where(m => m.MemberId == message.MemberId).ExecuteDeleteAsync(cancellationToken);
        await Db.Authors.Where(a => a.MemberId == message.MemberId).ExecuteDeleteAsync(cancellationToken);
    }
}
