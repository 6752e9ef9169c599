using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Presentation = DocumentFormat.OpenXml.Presentation;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Netwerk.Documents.Tests.Search;

/// <summary>Small Excel and PowerPoint files made with the Open XML SDK, holding the texts given: what a member uploads,
/// reduced to the parts that carry text.</summary>
internal static class OfficeFiles
{
    /// <summary>One sheet; the first text as a shared string, the rest inline, as Excel and other writers mix them.</summary>
    public static byte[] Xlsx(string sheetName, params string[] cells)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            var shared = workbookPart.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new Spreadsheet.SharedStringTable(new Spreadsheet.SharedStringItem(new Spreadsheet.Text(cells[0])));
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var row = new Spreadsheet.Row(new Spreadsheet.Cell
            {
                DataType = Spreadsheet.CellValues.SharedString,
                CellValue = new Spreadsheet.CellValue("0"),
            });
            foreach (var text in cells.Skip(1))
            {
                row.Append(new Spreadsheet.Cell
                {
                    DataType = Spreadsheet.CellValues.InlineString,
                    InlineString = new Spreadsheet.InlineString(new Spreadsheet.Text(text)),
                });
            }
            sheetPart.Worksheet = new Spreadsheet.Worksheet(new Spreadsheet.SheetData(row));
            workbookPart.Workbook = new Spreadsheet.Workbook(new Spreadsheet.Sheets(new Spreadsheet.Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = sheetName,
            }));
        }
        return stream.ToArray();
    }

    /// <summary>A slide per text, and speaker notes on the last one.</summary>
    public static byte[] Pptx(string notes, params string[] slides)
    {
        using var stream = new MemoryStream();
        using (var deck = PresentationDocument.Create(stream, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var presentationPart = deck.AddPresentationPart();
            var slideIds = new Presentation.SlideIdList();
            uint id = 256;
            SlidePart? last = null;
            foreach (var text in slides)
            {
                last = presentationPart.AddNewPart<SlidePart>();
                last.Slide = new Presentation.Slide(new Presentation.CommonSlideData(new Presentation.ShapeTree(TextShape(text))));
                slideIds.Append(new Presentation.SlideId { Id = id++, RelationshipId = presentationPart.GetIdOfPart(last) });
            }
            var notesPart = last!.AddNewPart<NotesSlidePart>();
            notesPart.NotesSlide = new Presentation.NotesSlide(new Presentation.CommonSlideData(new Presentation.ShapeTree(TextShape(notes))));
            presentationPart.Presentation = new Presentation.Presentation(slideIds);
        }
        return stream.ToArray();
    }

    private static Presentation.Shape TextShape(string text) => new(
        new Presentation.NonVisualShapeProperties(
            new Presentation.NonVisualDrawingProperties { Id = 2, Name = "Tekst" },
            new Presentation.NonVisualShapeDrawingProperties(),
            new Presentation.ApplicationNonVisualDrawingProperties()),
        new Presentation.ShapeProperties(),
        new Presentation.TextBody(new Drawing.BodyProperties(), new Drawing.Paragraph(new Drawing.Run(new Drawing.Text(text)))));
}
