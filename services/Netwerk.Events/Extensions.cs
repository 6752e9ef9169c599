using Netwerk.Events.Calendars;
using Netwerk.Events.Data;
using Netwerk.Events.Demo;
using Netwerk.Events.Groups;
using Netwerk.Events.Members;
using Netwerk.Events.Privacy;
using Netwerk.Events.Registrations;
using Netwerk.Events.Reminders;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.OpenApi;

namespace Netwerk.Events;

internal static class Extensions
{
    public static void AddEventsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.AddNetwerkRedis();
        builder.AddServiceMessaging<EventsDbContext>("events", bus =>
        {
            bus.AddConsumer<GroupCreatedCopier>();
            bus.AddConsumer<MemberApprovedCopier>();
            bus.AddConsumer<MemberProfileUpdatedCopier>();
            bus.AddConsumer<MemberErasure>();
            bus.AddConsumer<PersonalDataExporter>();
        });
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddSingleton<EventCalendar>();
        builder.Services.AddSingleton<RegistrationDesk>();
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration("Reminders");
        builder.Services.AddHostedService<ReminderScheduler>();
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Seed:DemoData", true))
        {
            builder.Services.AddHostedService<DemoEventsSeeder>();
        }
    }
}
