using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells a conversation's other participants of a new message, under `messages` (instant by default): the
/// sender and the subject, never the text, which stays in the discussions service.</summary>
public sealed class MessageNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<ConversationMessageSent>(db, clock, notices)
{
    protected override Task HandleAsync(ConversationMessageSent message, CancellationToken cancellationToken) =>
        Notices.ToMembersAsync(message.RecipientIds, NotificationCategories.Messages, $"Nieuw bericht van {message.SenderName}",
            $"{message.SenderName} stuurde je een bericht: \"{message.Subject}\".", message.Url, message.EventId, cancellationToken);
}
