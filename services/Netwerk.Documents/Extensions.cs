using Netwerk.Documents.Data;
using Netwerk.Documents.Demo;
using Netwerk.Documents.Extraction;
using Netwerk.Documents.Groups;
using Netwerk.Documents.Members;
using Netwerk.Documents.Privacy;
using Netwerk.Documents.Storage;
using Netwerk.Documents.Uploads;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.OpenApi;

namespace Netwerk.Documents;

internal static class Extensions
{
    public static void AddDocumentsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DocumentsDbContext>("documentsdb");
        builder.AddNetwerkRedis();
        builder.AddServiceMessaging<DocumentsDbContext>("documents", bus =>
        {
            bus.AddConsumer<GroupCreatedCopier>();
            bus.AddConsumer<GroupMemberJoinedCopier>();
            bus.AddConsumer<GroupMemberLeftCopier>();
            bus.AddConsumer<MemberApprovedCopier>();
            bus.AddConsumer<MemberProfileUpdatedCopier>();
            bus.AddConsumer<MemberErasure>();
            bus.AddConsumer<PersonalDataExporter>();
        });
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
        builder.AddBlobStorage();
        builder.Services.AddOptions<UploadOptions>().BindConfiguration("Uploads");
        builder.Services.AddSingleton<MultipartUploadReader>();
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddSingleton<ExtractionSignal>();
        builder.Services.AddHostedService<TextExtractionWorker>();
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Seed:DemoData", true))
        {
            builder.Services.AddHostedService<DemoDocumentsSeeder>();
        }
    }
}
