using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Events.Data;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Events;

internal static class Extensions
{
    public static void AddEventsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EventsDbContext>("eventsdb");
        builder.AddRedisClient("redis");
        builder.AddServiceMessaging<EventsDbContext>("events");
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
    }
}
