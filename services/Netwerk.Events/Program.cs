using Netwerk.Events;
using Netwerk.Events.Attendance;
using Netwerk.Events.Calendars;
using Netwerk.Events.Data;
using Netwerk.Events.Registrations;
using Netwerk.Events.Scheduling;
using Netwerk.Messaging.Redelivery;
using Netwerk.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEventsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<EventsDbContext>(args)) return;

app.UseServiceDefaults();
app.MapEventsApi();
app.MapCalendarApi();
app.MapRegistrationsApi();
app.MapCheckInApi();
app.MapFailedMessagesApi();

app.Run();
