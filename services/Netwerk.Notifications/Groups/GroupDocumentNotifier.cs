using Netwerk.Contracts.Documents;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Groups;

/// <summary>Tells a group's members (not the author) that a document was shared in their group.</summary>
public sealed class GroupDocumentNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<DocumentPublished>(db, clock, notices)
{
    protected override async Task HandleAsync(DocumentPublished message, CancellationToken cancellationToken)
    {
        if (message.Document.GroupId is not { } groupId) return;
        var members = await KnownGroupMembers.ActiveAsync(Db, groupId, message.Document.AuthorId, cancellationToken);
        var group = await KnownGroupMembers.GroupNameAsync(Db, groupId, cancellationToken);
        await Notices.ToMembersAsync(members, NotificationCategories.Documents, $"Nieuw document in {group}",
            $"In {group} is \"{message.Document.Title}\" gedeeld.", WebPages.Document(message.Document.Id), message.EventId, cancellationToken);
    }
}
