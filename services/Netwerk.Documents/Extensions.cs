using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Documents.Data;
using Netwerk.Messaging;

namespace Netwerk.Documents;

internal static class Extensions
{
    public static void AddDocumentsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DocumentsDbContext>("documentsdb");
        builder.AddServiceMessaging<DocumentsDbContext>("documents");
        builder.Services.AddServiceOpenApi();
    }
}
