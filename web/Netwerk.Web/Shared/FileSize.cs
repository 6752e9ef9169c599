using System.Globalization;

namespace Netwerk.Web.Shared;

/// <summary>A file's size as a Dutch reader writes it (`1,4 MB`).</summary>
public static class FileSize
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Dutch(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024d).ToString("0", Culture) + " kB",
        _ => (bytes / (1024d * 1024)).ToString("0.0", Culture) + " MB",
    };
}
