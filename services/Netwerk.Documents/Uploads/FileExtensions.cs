namespace Netwerk.Documents.Uploads;

/// <summary>What a file may be called, given what its bytes are. A download keeps the name it was shared under, so the
/// name decides what a member's computer does when the file is opened: `Jaarplanning.bat` with text inside runs as a
/// script on Windows, `x.svg` opens as a page in a browser. So a name that says "run me" is refused, and any other
/// name that does not say what the bytes are gets the type's own extension added (`schema.bin` with a PNG inside is
/// kept as `schema.bin.png`).</summary>
public static class FileExtensions
{
    /// <summary>Names that programs, scripts, shortcuts or active pages carry on Windows, macOS, Linux or in a browser.</summary>
    private static readonly HashSet<string> Runnable = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".cpl", ".msi", ".msp", ".msc", ".dll", ".sys", ".lnk", ".url", ".reg",
        ".inf", ".vb", ".vbs", ".vbe", ".js", ".jse", ".mjs", ".ws", ".wsf", ".wsh", ".wsc", ".hta", ".ps1", ".psm1", ".psd1",
        ".ps1xml", ".sh", ".bash", ".zsh", ".csh", ".ksh", ".command", ".app", ".pkg", ".dmg", ".desktop", ".run",
        ".py", ".pyw", ".pl", ".rb", ".php", ".jar", ".class", ".apk", ".appimage", ".deb", ".rpm", ".scpt", ".applescript",
        ".workflow", ".action", ".gadget", ".application", ".appref-ms", ".library-ms", ".settingcontent-ms", ".iso", ".img",
        ".vhd", ".vhdx", ".svg", ".svgz", ".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml", ".xml", ".xsl", ".xslt",
        ".swf", ".chm", ".docm", ".xlsm", ".pptm", ".dotm", ".xltm", ".potm", ".ppsm",
    };

    /// <summary>The extensions that name the detected type; the first is the one added to a name without one of them.</summary>
    public static IReadOnlyList<string> Of(string contentType) => contentType.Split(';')[0] switch
    {
        ContentSniffer.Pdf => [".pdf"],
        ContentSniffer.Docx => [".docx"],
        ContentSniffer.Xlsx => [".xlsx"],
        ContentSniffer.Pptx => [".pptx"],
        "application/vnd.oasis.opendocument.text" => [".odt"],
        "application/vnd.oasis.opendocument.spreadsheet" => [".ods"],
        "application/vnd.oasis.opendocument.presentation" => [".odp"],
        "application/vnd.oasis.opendocument.graphics" => [".odg"],
        "text/markdown" => [".md", ".markdown"],
        "text/csv" => [".csv"],
        "text/plain" => [".txt", ".text", ".log", ".ini", ".cfg", ".conf", ".json", ".yaml", ".yml"],
        ContentSniffer.Png => [".png"],
        ContentSniffer.Jpeg => [".jpg", ".jpeg"],
        _ => [],
    };

    /// <summary>A name that says "run me", whatever the bytes are.</summary>
    public static bool IsRunnable(string fileName) => Runnable.Contains(Path.GetExtension(fileName));
}
