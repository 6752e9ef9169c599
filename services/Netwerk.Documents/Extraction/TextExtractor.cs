using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Netwerk.Documents.Library;
using Netwerk.Documents.Uploads;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using DrawingParagraph = DocumentFormat.OpenXml.Drawing.Paragraph;
using OpenXmlReader = DocumentFormat.OpenXml.OpenXmlReader;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using SharedStringItem = DocumentFormat.OpenXml.Spreadsheet.SharedStringItem;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using SlideId = DocumentFormat.OpenXml.Presentation.SlideId;

namespace Netwerk.Documents.Extraction;

/// <summary>The text inside a file, for search: PDF (PdfPig), Word, Excel and PowerPoint (Open XML SDK), OpenDocument
/// text (its content.xml), plain text, Markdown and CSV. Other types have no text to search.</summary>
public static class TextExtractor
{
    public static string? Extract(Stream content, string contentType)
    {
        var type = contentType.Split(';')[0].Trim();
        return type switch
        {
            ContentSniffer.Pdf => FromPdf(content),
            ContentSniffer.Docx => FromWord(content),
            ContentSniffer.Xlsx => FromExcel(content),
            ContentSniffer.Pptx => FromPowerPoint(content),
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

    /// <summary>Sheet names and every cell's text (shared, inline or a number as shown), sheet by sheet, read as a
    /// stream of elements: a large workbook is never held whole.</summary>
    private static string FromExcel(Stream content)
    {
        using var workbook = SpreadsheetDocument.Open(content, isEditable: false);
        var workbookPart = workbook.WorkbookPart;
        if (workbookPart?.Workbook?.Sheets is not { } sheets) return "";
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var text = new BoundedText();
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            text.Line(sheet.Name?.Value);
            if (sheet.Id?.Value is not { } partId || workbookPart.GetPartById(partId) is not WorksheetPart worksheet) continue;
            using var reader = OpenXmlReader.Create(worksheet);
            while (!text.Full && reader.Read())
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement) continue;
                var cell = (Cell)reader.LoadCurrentElement()!;
                text.Line(cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Length
                    ? shared[index]
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text);
            }
        }
        return text.ToString();
    }

    /// <summary>Every paragraph of every slide in the deck's order, then its speaker notes.</summary>
    private static string FromPowerPoint(Stream content)
    {
        using var deck = PresentationDocument.Open(content, isEditable: false);
        var presentation = deck.PresentationPart;
        if (presentation?.Presentation?.SlideIdList is not { } slides) return "";
        var text = new BoundedText();
        foreach (var slideId in slides.Elements<SlideId>())
        {
            if (slideId.RelationshipId?.Value is not { } partId || presentation.GetPartById(partId) is not SlidePart slide) continue;
            foreach (var paragraph in slide.Slide?.Descendants<DrawingParagraph>() ?? []) text.Line(paragraph.InnerText);
            foreach (var paragraph in slide.NotesSlidePart?.NotesSlide?.Descendants<DrawingParagraph>() ?? []) text.Line(paragraph.InnerText);
        }
        return text.ToString();
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
