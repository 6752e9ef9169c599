using Netwerk.Contracts.Documents;
using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Groups;

/// <summary>Tells a group's members (not the author) that a document was shared in their group.</summary>
public sealed class GroupDocumentNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<DocumentPublished>(db, clock, notices)
{
    protected override async Task HandleAsync(DocumentPublished message, CancellationToken cancellationToken)
    {
        if (message.Document.GroupId is not { } groupId) return;
        var members = await GroupMembers.OfAsync(Db, groupId, message.Document.AuthorId, cancellationToken);
        var group = await GroupMembers.NameAsync(Db, groupId, cancellationToken);
        await Notices.ToMembersAsync(members, NotificationCategories.Documents, $"Nieuw document in {group}",
            $"In {group} is \"{message.Document.Title}\" gedeeld.", $"/api/documents/{message.Document.Id}", message.EventId, cancellationToken);
    }
}

/// <summary>Tells a group's members that their group scheduled an event.</summary>
public sealed class GroupEventNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<EventScheduled>(db, clock, notices)
{
    protected override async Task HandleAsync(EventScheduled message, CancellationToken cancellationToken)
    {
        if (message.Event.GroupId is not { } groupId) return;
        var members = await GroupMembers.OfAsync(Db, groupId, null, cancellationToken);
        var group = await GroupMembers.NameAsync(Db, groupId, cancellationToken);
        await Notices.ToMembersAsync(members, NotificationCategories.Events, $"Nieuwe bijeenkomst van {group}",
            $"{message.Event.Title}, {MemberNotices.When(message.Event)}. Meld je aan als je erbij wilt zijn.",
            MemberNotices.EventLink(message.Event.Id), message.EventId, cancellationToken);
    }
}
