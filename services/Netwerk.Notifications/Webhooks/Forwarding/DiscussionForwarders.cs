using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Webhooks.Forwarding;

/// <summary>Partners hear of network-wide needs and answered questions only: a working group's threads, replies' text
/// and conversations never leave the platform (EVENTS.md).</summary>
internal static class PartnerThreads
{
    public const string NeedKind = "need";
    public const string QuestionKind = "question";

    public static bool IsShared(ThreadDetails thread, string kind) => thread.GroupId is null && thread.Kind == kind;

    public static NeedData Need(ThreadDetails thread, string status, string? note, int voteCount, PublicLinks links) =>
        new(thread.Id, thread.Title, thread.Theme, thread.Tags, thread.Sector, status, note, voteCount, links.To(thread.Url), thread.AuthorNameForPartners);
}

/// <summary>`need.created`.</summary>
public sealed class NeedCreatedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal, PublicLinks links)
    : WebhookForwarder<ThreadStarted>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(ThreadStarted message)
    {
        if (!PartnerThreads.IsShared(message.Thread, PartnerThreads.NeedKind)) yield break;
        yield return new PartnerMessage(WebhookEventTypes.NeedCreated,
            PartnerThreads.Need(message.Thread, message.Thread.Status ?? "new", null, message.Thread.VoteCount, links),
            message.Thread.AuthorNameForPartners is null ? null : message.Thread.AuthorId);
    }
}

/// <summary>`need.status-changed`.</summary>
public sealed class NeedStatusForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal, PublicLinks links)
    : WebhookForwarder<NeedStatusChanged>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(NeedStatusChanged message)
    {
        if (!PartnerThreads.IsShared(message.Thread, PartnerThreads.NeedKind)) yield break;
        yield return new PartnerMessage(WebhookEventTypes.NeedStatusChanged,
            PartnerThreads.Need(message.Thread, message.Status, message.Note, message.VoteCount, links),
            message.Thread.AuthorNameForPartners is null ? null : message.Thread.AuthorId);
    }
}

/// <summary>`question.answered`: what was asked and that it has an answer; no names.</summary>
public sealed class QuestionAnsweredForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal, PublicLinks links)
    : WebhookForwarder<AnswerAccepted>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(AnswerAccepted message)
    {
        if (!PartnerThreads.IsShared(message.Thread, PartnerThreads.QuestionKind)) yield break;
        var thread = message.Thread;
        yield return new PartnerMessage(WebhookEventTypes.QuestionAnswered,
            new QuestionAnsweredData(thread.Id, thread.Title, thread.Theme, thread.Tags, links.To(thread.Url)));
    }
}
