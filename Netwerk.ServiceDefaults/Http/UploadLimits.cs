using Microsoft.Extensions.Configuration;

namespace Netwerk.ServiceDefaults.Http;

/// <summary>The one upload limit the gateway, documents and the web app agree on: `Uploads:MaximumFileBytes` (API.md:
/// 50 MB by default), and room for the form around the file. The gateway refuses a larger body before forwarding a
/// byte, documents reads every body the gateway lets through (so it never cuts a connection the gateway is still
/// sending on) and refuses a larger file with 413, and the web app says it in Dutch at the field.</summary>
public static class UploadLimits
{
    public const string FileSetting = "Uploads:MaximumFileBytes";
    public const long DefaultFileBytes = 50L * 1024 * 1024;
    /// <summary>Room for the form fields and multipart boundaries around the file.</summary>
    public const long EnvelopeBytes = 1024 * 1024;

    public static long FileBytes(IConfiguration configuration) => configuration.GetValue<long?>(FileSetting) ?? DefaultFileBytes;

    /// <summary>The largest upload request: the largest file and its form.</summary>
    public static long BodyBytes(IConfiguration configuration) => FileBytes(configuration) + EnvelopeBytes;
}
