using Microsoft.AspNetCore.Authorization;
using Netwerk.Contracts.Events;
using Netwerk.Messaging;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Discussions;
using Netwerk.Notifications.Email;
using Netwerk.Notifications.Groups;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Live;
using Netwerk.Notifications.Members;
using Netwerk.Notifications.Privacy;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.Notifications.Webhooks.Forwarding;
using Netwerk.Notifications.Webhooks.Subscriptions;
using Netwerk.Notifications.Webhooks.Targets;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.OpenApi;

namespace Netwerk.Notifications;

internal static class Extensions
{
    public static void AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>("notificationsdb");
        builder.AddNetwerkRedis();
        builder.AddServiceMessaging<NotificationsDbContext>("notifications", bus =>
        {
            // Members: the inbox, e-mail and the live stream. Notices and webhooks come in bursts and are applied in
            // batches; copies of other services' data one event at a time.
            bus.AddInboxBatchConsumer<NewRegistrationNotifier>();
            bus.AddInboxBatchConsumer<WelcomeNotifier>();
            bus.AddConsumer<MemberApprovedCopier>();
            bus.AddConsumer<MemberProfileUpdatedCopier>();
            bus.AddConsumer<MemberEmailChangedCopier>();
            bus.AddConsumer<MemberErasure>();
            bus.AddConsumer<GroupCreatedCopier>();
            bus.AddInboxBatchConsumer<GroupJoinNotifier>();
            bus.AddConsumer<GroupMemberLeftCopier>();
            bus.AddInboxBatchConsumer<GroupDocumentNotifier>();
            bus.AddInboxBatchConsumer<GroupEventNotifier>();
            bus.AddInboxBatchConsumer<RegistrationConfirmedNotifier>();
            bus.AddInboxBatchConsumer<WaitlistNotifier>();
            bus.AddInboxBatchConsumer<PromotionNotifier>();
            bus.AddInboxBatchConsumer<EventCancellationNotifier>();
            bus.AddInboxBatchConsumer<EventReminderNotifier>();
            bus.AddInboxBatchConsumer<ReplyNotifier>();
            bus.AddInboxBatchConsumer<AnswerNotifier>();
            bus.AddInboxBatchConsumer<MentionNotifier>();
            bus.AddInboxBatchConsumer<NeedStatusNotifier>();
            bus.AddInboxBatchConsumer<MergeNotifier>();
            bus.AddInboxBatchConsumer<ReportNotifier>();
            bus.AddInboxBatchConsumer<MessageNotifier>();
            bus.AddConsumer<PersonalDataExporter>();
            // Partners: webhooks.
            bus.AddInboxBatchConsumer<MemberApprovedForwarder>();
            bus.AddInboxBatchConsumer<MemberLeftForwarder>();
            bus.AddInboxBatchConsumer<GroupCreatedForwarder>();
            bus.AddInboxBatchConsumer<DocumentPublishedForwarder>();
            bus.AddInboxBatchConsumer<DocumentUpdatedForwarder>();
            bus.AddInboxBatchConsumer<DocumentDeletedForwarder>();
            bus.AddInboxBatchConsumer<EventScheduledForwarder>();
            bus.AddInboxBatchConsumer<EventUpdatedForwarder>();
            bus.AddInboxBatchConsumer<EventCancelledForwarder>();
            bus.AddInboxBatchConsumer<NeedCreatedForwarder>();
            bus.AddInboxBatchConsumer<NeedStatusForwarder>();
            bus.AddInboxBatchConsumer<QuestionAnsweredForwarder>();
            bus.AddInboxBatchConsumer<RegistrationCountsForwarder<RegistrationConfirmed>>();
            bus.AddInboxBatchConsumer<RegistrationCountsForwarder<RegistrationWaitlisted>>();
            bus.AddInboxBatchConsumer<RegistrationCountsForwarder<RegistrationCancelled>>();
            bus.AddInboxBatchConsumer<RegistrationCountsForwarder<WaitlistPromoted>>();
        });
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
        builder.Services.Configure<AuthorizationOptions>(WebhookOwner.AddPolicy);
        builder.Services.AddSingleton<PublicLinks>();

        builder.AddMemberNotices();
        builder.AddWebhookDelivery();
    }

    private static void AddMemberNotices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration("Email");
        builder.Services.AddScoped<MemberNotices>();
        builder.Services.AddSingleton<EmailSignal>();
        builder.Services.AddSingleton<EmailComposer>();
        builder.Services.AddSingleton<UnsubscribeLinks>();
        builder.Services.AddHostedService<EmailSender>();
        builder.Services.AddSingleton<LiveNotificationHub>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LiveNotificationHub>());
    }

    private static void AddWebhookDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookTargetOptions>().BindConfiguration("Webhooks:Targets");
        builder.Services.AddOptions<WebhookDeliveryOptions>().BindConfiguration("Webhooks:Delivery");
        builder.Services.AddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        builder.Services.AddSingleton<AddressPolicy>();
        builder.Services.AddSingleton<WebhookTargetRules>();
        builder.Services.AddSingleton<GuardedConnection>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<WebhookMetrics>();
        builder.Services.AddSingleton<WebhookDispatchSignal>();
        builder.Services.AddScoped<AttemptRecorder>();
        builder.Services.AddScoped<SubscriptionDisabling>();
        builder.Services.AddScoped<OwnerNotices>();
        builder.Services.AddHostedService<WebhookDispatcher>();
    }
}
