namespace Netwerk.Notifications.Webhooks.Catalogue;

/// <summary>One type a partner can subscribe to.</summary>
public sealed record WebhookEventType(string Name, string Description, Type DataType);

/// <summary>The catalogue of webhook types (EVENTS.md); descriptions in English, as the API is.</summary>
public static class WebhookEventTypes
{
    public const string MemberApproved = "member.approved";
    public const string MemberLeft = "member.left";
    public const string GroupCreated = "group.created";
    public const string DocumentPublished = "document.published";
    public const string DocumentUpdated = "document.updated";
    public const string DocumentDeleted = "document.deleted";
    public const string EventScheduled = "event.scheduled";
    public const string EventUpdated = "event.updated";
    public const string EventCancelled = "event.cancelled";
    public const string RegistrationsChanged = "event.registrations.changed";
    public const string NeedCreated = "need.created";
    public const string NeedStatusChanged = "need.status-changed";
    public const string QuestionAnswered = "question.answered";
    public const string Test = "webhook.test";

    public static IReadOnlyList<WebhookEventType> All { get; } =
    [
        new(MemberApproved, "A new member was approved. Name and e-mail only when the member consented to sharing with partners.", typeof(MemberApprovedData)),
        new(MemberLeft, "A member left the network; remove what you hold on them.", typeof(MemberLeftData)),
        new(GroupCreated, "A working group was created.", typeof(GroupCreatedData)),
        new(DocumentPublished, "A public document was published (or a document became public).", typeof(DocumentData)),
        new(DocumentUpdated, "A public document's title, tags or theme changed.", typeof(DocumentData)),
        new(DocumentDeleted, "A public document was deleted or is no longer public.", typeof(DocumentData)),
        new(EventScheduled, "A network event was scheduled.", typeof(NetworkEventData)),
        new(EventUpdated, "A network event changed (time, place, capacity, title).", typeof(NetworkEventData)),
        new(EventCancelled, "A network event was cancelled.", typeof(NetworkEventData)),
        new(RegistrationsChanged, "An event's confirmed and waiting-list counts changed (no names).", typeof(RegistrationsChangedData)),
        new(NeedCreated, "A member posted a need of schools for the network to take up (network-wide needs only). The author's name only " +
            "when they consented to sharing with partners.", typeof(NeedData)),
        new(NeedStatusChanged, "A need moved to its next status (under-review, planned, done, declined) with a public note.", typeof(NeedData)),
        new(QuestionAnswered, "A network-wide question got an accepted answer (no names).", typeof(QuestionAnsweredData)),
        new(Test, "A test message, sent when you ask for one.", typeof(TestMessageData)),
    ];

    private static readonly HashSet<string> Names = All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    public static bool Exists(string name) => Names.Contains(name);
}
