using Netwerk.Notifications;
using Netwerk.Notifications.Data;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.ProblemDetails;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<NotificationsDbContext>(args)) return;

app.UseNetwerkProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi();

app.Run();
