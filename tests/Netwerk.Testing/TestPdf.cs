using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Netwerk.Testing;

/// <summary>A one-page PDF whose text layer holds <c>text</c>: what the documents service extracts and searches.</summary>
public static class TestPdf
{
    public static byte[] With(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 11, new PdfPoint(50, 750), font);
        return builder.Build();
    }
}
