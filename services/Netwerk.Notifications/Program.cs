using Netwerk.Messaging.Redelivery;
using Netwerk.Notifications;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Email;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Live;
using Netwerk.Notifications.Preferences;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.Notifications.Webhooks.Subscriptions;
using Netwerk.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<NotificationsDbContext>(args)) return;

app.UseServiceDefaults();
app.MapInboxApi();
app.MapPreferencesApi();
app.MapStreamApi();
app.MapUnsubscribeApi();
app.MapEventTypesApi();
app.MapSubscriptionsApi();
app.MapDeliveriesApi();
app.MapFailedMessagesApi();

app.Run();
