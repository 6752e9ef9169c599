using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Documents.Data;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Documents;

internal static class Extensions
{
    public static void AddDocumentsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DocumentsDbContext>("documentsdb");
        builder.AddRedisClient("redis");
        builder.AddServiceMessaging<DocumentsDbContext>("documents");
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
    }
}
