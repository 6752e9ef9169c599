using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Privacy;

namespace Netwerk.Notifications;

internal static class Extensions
{
    public static void AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>("notificationsdb");
        builder.AddRedisClient("redis");
        builder.AddServiceMessaging<NotificationsDbContext>("notifications", bus =>
        {
            bus.AddConsumer<NewRegistrationNotifier>();
            bus.AddConsumer<ErasedMemberCleaner>();
            bus.AddConsumer<RegistrationConfirmedNotifier>();
            bus.AddConsumer<WaitlistNotifier>();
            bus.AddConsumer<PromotionNotifier>();
            bus.AddConsumer<EventCancellationNotifier>();
            bus.AddConsumer<EventReminderNotifier>();
            bus.AddConsumer<PersonalDataExporter>();
        });
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
    }
}
