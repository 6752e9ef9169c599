using Netwerk.Contracts.Documents;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Delivery;

namespace Netwerk.Notifications.Webhooks.Forwarding;

/// <summary>Partners see public documents only: one that becomes public is published to them, one that stops being
/// public is deleted for them.</summary>
internal static class PublicDocuments
{
    public const string Public = "public";

    public static DocumentData Data(DocumentDetails document) =>
        new(document.Id, document.Title, document.Tags, document.Theme, document.Url);
}

public sealed class DocumentPublishedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<DocumentPublished>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(DocumentPublished message)
    {
        if (message.Document.Visibility == PublicDocuments.Public)
        {
            yield return new PartnerMessage(WebhookEventTypes.DocumentPublished, PublicDocuments.Data(message.Document));
        }
    }
}

public sealed class DocumentUpdatedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<DocumentUpdated>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(DocumentUpdated message)
    {
        var isPublic = message.Document.Visibility == PublicDocuments.Public;
        var wasPublic = message.PreviousVisibility == PublicDocuments.Public;
        var type = (wasPublic, isPublic) switch
        {
            (true, true) => WebhookEventTypes.DocumentUpdated,
            (false, true) => WebhookEventTypes.DocumentPublished,
            (true, false) => WebhookEventTypes.DocumentDeleted,
            _ => null,
        };
        if (type is not null) yield return new PartnerMessage(type, PublicDocuments.Data(message.Document));
    }
}

public sealed class DocumentDeletedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<DocumentDeleted>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(DocumentDeleted message)
    {
        if (message.Document.Visibility == PublicDocuments.Public)
        {
            yield return new PartnerMessage(WebhookEventTypes.DocumentDeleted, PublicDocuments.Data(message.Document));
        }
    }
}
