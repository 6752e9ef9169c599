using Netwerk.Notifications;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.ProblemDetails;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<NotificationsDbContext>(args)) return;

app.UseNetwerkProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapInboxApi();

app.Run();
