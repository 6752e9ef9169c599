using Netwerk.Events;
using Netwerk.Events.Attendance;
using Netwerk.Events.Calendars;
using Netwerk.Events.Data;
using Netwerk.Events.Registrations;
using Netwerk.Events.Scheduling;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.ProblemDetails;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEventsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<EventsDbContext>(args)) return;

app.UseNetwerkProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapEventsApi();
app.MapCalendarApi();
app.MapRegistrationsApi();
app.MapCheckInApi();

app.Run();
