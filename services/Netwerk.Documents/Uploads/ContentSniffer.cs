using System.IO.Compression;
using System.Text;

namespace Netwerk.Documents.Uploads;

/// <summary>Decides from the bytes what a file is (magic numbers, and for ZIP containers the entries that make them
/// Office or OpenDocument files), never from the name or the declared type alone. What it does not recognise is
/// refused: executables, archives, unknown binaries.</summary>
public static class ContentSniffer
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string PlainText = "text/plain; charset=utf-8";
    public const string Markdown = "text/markdown; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    private const int TextProbeBytes = 64 * 1024;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[][] ExecutableSignatures =
    [
        "MZ"u8.ToArray(), "#!"u8.ToArray(), [0x7F, 0x45, 0x4C, 0x46], [0xCF, 0xFA, 0xED, 0xFE], [0xFE, 0xED, 0xFA, 0xCF], [0xCA, 0xFE, 0xBA, 0xBE],
    ];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DetectedType? Detect(string path, string fileName)
    {
        using var file = File.OpenRead(path);
        var head = new byte[Math.Min(TextProbeBytes, file.Length)];
        file.ReadExactly(head);
        ReadOnlySpan<byte> bytes = head;

        if (bytes.StartsWith("%PDF-"u8)) return new DetectedType(Pdf, HasText: true);
        if (bytes.StartsWith(PngSignature)) return new DetectedType(Png, HasText: false);
        if (bytes.StartsWith(JpegSignature)) return new DetectedType(Jpeg, HasText: false);
        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            file.Position = 0;
            return OfficeOrOpenDocument(file);
        }
        if (IsExecutable(bytes)) return null;
        return Text(bytes, file.Length > head.Length, fileName);
    }

    /// <summary>Windows PE, ELF, Mach-O, Java classes and scripts with an interpreter line.</summary>
    private static bool IsExecutable(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in ExecutableSignatures)
        {
            if (bytes.StartsWith(signature)) return true;
        }
        return false;
    }

    private static DetectedType? OfficeOrOpenDocument(Stream file)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { } mimetypeEntry)
            {
                using var reader = new StreamReader(mimetypeEntry.Open(), Encoding.ASCII);
                var mimetype = reader.ReadToEnd().Trim();
                return mimetype.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal) && mimetype.Length < 100
                    ? new DetectedType(mimetype, HasText: mimetype == Odt)
                    : null;
            }
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return new DetectedType(Docx, HasText: true);
            if (zip.GetEntry("xl/workbook.xml") is not null) return new DetectedType(Xlsx, HasText: true);
            if (zip.GetEntry("ppt/presentation.xml") is not null) return new DetectedType(Pptx, HasText: true);
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>UTF-8 without control characters other than tab and line ends; the extension tells Markdown and CSV
    /// apart from plain text.</summary>
    private static DetectedType? Text(ReadOnlySpan<byte> head, bool truncated, string fileName)
    {
        if (head.Length == 0) return null;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) return null;
        }
        try
        {
            // A multi-byte character may be cut at the end of the probe: without a flush, the decoder lets it be.
            StrictUtf8.GetDecoder().GetCharCount(head, flush: !truncated);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".md" or ".markdown" => new DetectedType(Markdown, HasText: true),
            ".csv" => new DetectedType(Csv, HasText: true),
            _ => new DetectedType(PlainText, HasText: true),
        };
    }
}
