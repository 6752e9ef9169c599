using Netwerk.Contracts.Groups;
using Netwerk.Contracts.Members;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Delivery;

namespace Netwerk.Notifications.Webhooks.Forwarding;

/// <summary>`member.approved`: name and e-mail only with the member's consent to share them with partners.</summary>
public sealed class MemberApprovedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<MemberApproved>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(MemberApproved message)
    {
        yield return new PartnerMessage(WebhookEventTypes.MemberApproved, new MemberApprovedData(message.MemberId, message.OrganisationName,
            message.Brin, message.Sector, message.Region,
            message.ConsentPartners ? message.DisplayName : null,
            message.ConsentPartners ? message.Email : null), message.ConsentPartners ? message.MemberId : null);
    }
}

/// <summary>`member.left`: the id only.</summary>
public sealed class MemberLeftForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<MemberErased>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(MemberErased message)
    {
        yield return new PartnerMessage(WebhookEventTypes.MemberLeft, new MemberLeftData(message.MemberId));
    }
}

/// <summary>`group.created`.</summary>
public sealed class GroupCreatedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<GroupCreated>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(GroupCreated message)
    {
        yield return new PartnerMessage(WebhookEventTypes.GroupCreated, new GroupCreatedData(message.GroupId, message.Name));
    }
}
