using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Netwerk.Documents.Data;
using Netwerk.Documents.Demo;
using Netwerk.Documents.Extraction;
using Netwerk.Documents.Groups;
using Netwerk.Documents.Members;
using Netwerk.Documents.Privacy;
using Netwerk.Documents.Retention;
using Netwerk.Documents.Storage;
using Netwerk.Documents.Uploads;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.Http;
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
        // Kestrel's limit holds the largest upload: a request whose body is read before the upload endpoint can raise
        // its own limit (an Idempotency-Key's fingerprint reads it first) must not meet Kestrel's 30 MB default.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, uploads) =>
            kestrel.Limits.MaxRequestBodySize = uploads.Value.MaximumFileBytes + UploadLimits.EnvelopeBytes);
        builder.Services.AddSingleton<MultipartUploadReader>();
        builder.Services.AddSingleton<PublicLinks>();
        builder.Services.AddSingleton<ExtractionSignal>();
        builder.Services.AddHostedService<TextExtractionWorker>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Retention");
        builder.Services.AddSingleton<BlobPurger>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BlobPurger>());
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Seed:DemoData", true))
        {
            builder.Services.AddHostedService<DemoDocumentsSeeder>();
        }
    }
}
