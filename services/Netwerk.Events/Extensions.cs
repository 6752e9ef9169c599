using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Events.Data;
using Netwerk.Messaging;

namespace Netwerk.Events;

internal static class Extensions
{
    public static void AddEventsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.AddServiceMessaging<EventsDbContext>("events");
        builder.Services.AddServiceOpenApi();
    }
}
