using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Netwerk.Documents.Library;
using Netwerk.Documents.Uploads;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Netwerk.Documents.Extraction;

/// <summary>The text inside a file, for search: PDF (PdfPig), Word (Open XML SDK), OpenDocument text (its content.xml),
/// plain text, Markdown and CSV. Other types have no text to search.</summary>
public static class TextExtractor
{
    public static string? Extract(Stream content, string contentType)
    {
        var type = contentType.Split(';')[0].Trim();
        return type switch
        {
            ContentSniffer.Pdf => FromPdf(content),
            ContentSniffer.Docx => FromWord(content),
            ContentSniffer.Odt => FromOpenDocument(content),
            "text/plain" or "text/markdown" or "text/csv" => ReadUpTo(content, DocumentConfiguration.MaximumContentText),
            _ => null,
        };
    }

    /// <summary>Only as much as search keeps: a 50 MB text file need not become a 100 MB string.</summary>
    private static string ReadUpTo(Stream content, int characters)
    {
        using var reader = new StreamReader(content, Encoding.UTF8);
        var buffer = new char[characters];
        var read = reader.ReadBlock(buffer, 0, characters);
        return new string(buffer, 0, read);
    }

    private static string FromPdf(Stream content)
    {
        using var pdf = PdfDocument.Open(content);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages()) text.AppendLine(ContentOrderTextExtractor.GetText(page));
        return text.ToString();
    }

    private static string FromWord(Stream content)
    {
        using var word = WordprocessingDocument.Open(content, isEditable: false);
        var body = word.MainDocumentPart?.Document?.Body;
        return body is null ? "" : string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    private static string FromOpenDocument(Stream content)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read);
        var entry = zip.GetEntry("content.xml");
        if (entry is null) return "";
        using var xml = entry.Open();
        XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        var document = XDocument.Load(xml);
        return string.Join('\n', document.Descendants().Where(e => e.Name == text + "p" || e.Name == text + "h").Select(e => e.Value));
    }
}
