using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Privacy;

/// <summary>A member who leaves takes their data with them: notifications to them and about them, preferences, their
/// address, mail waiting for them, group memberships, and their name and e-mail in webhook messages still kept
/// (messages waiting for a retry then go out without them).</summary>
public sealed class MemberErasure(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberErased, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberErased message, CancellationToken cancellationToken)
    {
        var memberId = message.MemberId;
        await Db.Notifications.Where(n => n.RecipientMemberId == memberId || n.AboutMemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await Db.NotificationPreferences.Where(p => p.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await Db.PendingEmails.Where(e => e.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await Db.KnownMembers.Where(r => r.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        await Db.KnownGroupMembers.Where(m => m.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);

        var messages = await Db.WebhookMessages.Where(m => m.SubjectMemberId == memberId).ToListAsync(cancellationToken);
        foreach (var webhookMessage in messages)
        {
            var body = JsonNode.Parse(webhookMessage.Body)!.AsObject();
            if (body["data"] is JsonObject data)
            {
                data["displayName"] = null;
                data["email"] = null;
            }
            webhookMessage.Body = body.ToJsonString();
        }
    }
}
