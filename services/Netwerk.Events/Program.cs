using Netwerk.Events;
using Netwerk.Events.Data;
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

app.Run();
