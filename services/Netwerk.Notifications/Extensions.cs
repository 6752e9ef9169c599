using Microsoft.AspNetCore.Authorization;
using Netwerk.Contracts.Events;
using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Email;
using Netwerk.Notifications.Groups;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Live;
using Netwerk.Notifications.Privacy;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.Notifications.Webhooks.Forwarding;
using Netwerk.Notifications.Webhooks.Subscriptions;
using Netwerk.Notifications.Webhooks.Targets;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications;

internal static class Extensions
{
    public static void AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>("notificationsdb");
        builder.AddRedisClient("redis");
        builder.AddServiceMessaging<NotificationsDbContext>("notifications", bus =>
        {
            // Members: the inbox, e-mail and the live stream.
            bus.AddConsumer<NewRegistrationNotifier>();
            bus.AddConsumer<WelcomeNotifier>();
            bus.AddConsumer<ApprovedRecipientCopier>();
            bus.AddConsumer<RenamedRecipientCopier>();
            bus.AddConsumer<ErasedMemberCleaner>();
            bus.AddConsumer<GroupCopier>();
            bus.AddConsumer<GroupJoinNotifier>();
            bus.AddConsumer<GroupLeaveRecorder>();
            bus.AddConsumer<GroupDocumentNotifier>();
            bus.AddConsumer<GroupEventNotifier>();
            bus.AddConsumer<RegistrationConfirmedNotifier>();
            bus.AddConsumer<WaitlistNotifier>();
            bus.AddConsumer<PromotionNotifier>();
            bus.AddConsumer<EventCancellationNotifier>();
            bus.AddConsumer<EventReminderNotifier>();
            bus.AddConsumer<PersonalDataExporter>();
            // Partners: webhooks.
            bus.AddConsumer<MemberApprovedForwarder>();
            bus.AddConsumer<MemberLeftForwarder>();
            bus.AddConsumer<GroupCreatedForwarder>();
            bus.AddConsumer<DocumentPublishedForwarder>();
            bus.AddConsumer<DocumentUpdatedForwarder>();
            bus.AddConsumer<DocumentDeletedForwarder>();
            bus.AddConsumer<EventScheduledForwarder>();
            bus.AddConsumer<EventUpdatedForwarder>();
            bus.AddConsumer<EventCancelledForwarder>();
            bus.AddConsumer<RegistrationCountsForwarder<RegistrationConfirmed>>();
            bus.AddConsumer<RegistrationCountsForwarder<RegistrationWaitlisted>>();
            bus.AddConsumer<RegistrationCountsForwarder<RegistrationCancelled>>();
            bus.AddConsumer<RegistrationCountsForwarder<WaitlistPromoted>>();
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
