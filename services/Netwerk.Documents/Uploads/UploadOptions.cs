namespace Netwerk.Documents.Uploads;

/// <summary>`Uploads:*` settings.</summary>
public sealed class UploadOptions
{
    /// <summary>The largest file accepted (API.md: 50 MB by default); larger gets 413. The same setting as the
    /// gateway's (<see cref="Netwerk.ServiceDefaults.Http.UploadLimits"/>).</summary>
    public long MaximumFileBytes { get; set; } = Netwerk.ServiceDefaults.Http.UploadLimits.DefaultFileBytes;
    /// <summary>Where a file waits while it is received and checked; the system's temporary folder by default.</summary>
    public string? TemporaryFolder { get; set; }
}
