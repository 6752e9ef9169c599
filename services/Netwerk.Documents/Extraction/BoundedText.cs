using System.Text;
using Netwerk.Documents.Library;

namespace Netwerk.Documents.Extraction;

/// <summary>Text gathered line by line up to what search keeps (<see cref="DocumentConfiguration.MaximumContentText"/>):
/// a workbook of a million cells need not become a string of a million lines first.</summary>
internal sealed class BoundedText
{
    private readonly StringBuilder _text = new();

    public bool Full => _text.Length >= DocumentConfiguration.MaximumContentText;

    public void Line(string? line)
    {
        if (Full || string.IsNullOrWhiteSpace(line)) return;
        var room = DocumentConfiguration.MaximumContentText - _text.Length;
        _text.AppendLine(line.Length <= room ? line : line[..room]);
    }

    public override string ToString() => _text.ToString();
}
