using Amazon.Runtime;
using Amazon.S3;

namespace Netwerk.Documents.Storage;

internal static class BlobStorageSetup
{
    public static IHostApplicationBuilder AddBlobStorage(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("BlobStorage");
        builder.Services.AddOptions<BlobStorageOptions>().Bind(section);
        var options = section.Get<BlobStorageOptions>() ?? new BlobStorageOptions();
        if (string.Equals(options.Kind, "S3", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<IAmazonS3>(_ => new AmazonS3Client(
                new BasicAWSCredentials(options.AccessKey, options.SecretKey),
                new AmazonS3Config
                {
                    ServiceURL = options.ServiceUrl,
                    ForcePathStyle = true,
                    AuthenticationRegion = options.Region,
                    // S3-compatible stores (MinIO, Ceph, older gateways) do not all take the SDK's newer default checksums.
                    RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                    ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
                }));
            builder.Services.AddSingleton<IBlobStore, S3BlobStore>();
        }
        else
        {
            builder.Services.AddSingleton<IBlobStore, LocalFolderBlobStore>();
        }
        return builder;
    }
}
