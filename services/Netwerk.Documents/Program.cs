using Netwerk.Documents;
using Netwerk.Documents.Data;
using Netwerk.Documents.Downloads;
using Netwerk.Documents.Library;
using Netwerk.Documents.Uploads;
using Netwerk.Messaging.Redelivery;
using Netwerk.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddDocumentsServices();

var app = builder.Build();
if (await app.MigrateDatabaseAsync<DocumentsDbContext>(args)) return;

app.UseServiceDefaults();
app.MapDocumentsApi();
app.MapUploadsApi();
app.MapDownloadsApi();
app.MapFailedMessagesApi();

app.Run();
