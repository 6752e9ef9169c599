using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells the answerer their reply was accepted, and the question's other followers that it has an answer.</summary>
public sealed class AnswerNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices) : NoticeConsumer<AnswerAccepted>(db, clock, notices)
{
    protected override async Task HandleAsync(AnswerAccepted message, CancellationToken cancellationToken)
    {
        var title = message.Thread.Title;
        if (message.AnswererId is { } answerer && message.FollowerIds.Contains(answerer))
        {
            await Notices.ToMemberAsync(answerer, NotificationCategories.Discussions, "Je antwoord is geaccepteerd",
                $"Je reactie op \"{title}\" is gekozen als het antwoord. Dank je voor je hulp!", message.Thread.Url, message.EventId, cancellationToken);
        }
        var others = message.FollowerIds.Where(id => id != message.AnswererId).ToList();
        await Notices.ToMembersAsync(others, NotificationCategories.Discussions, $"\"{title}\" is beantwoord",
            $"De vraag \"{title}\" die je volgt heeft nu een geaccepteerd antwoord.", message.Thread.Url, message.EventId, cancellationToken);
    }
}
