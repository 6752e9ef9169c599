using System.Text;

namespace Netwerk.Benchmarks.Measurement;

/// <summary>Prints to the console as the benchmark goes and keeps a copy, which becomes the report file
/// (BENCHMARKS.md) when the run ends. A summary known only at the end (the targets) goes to the console then, and into
/// the copy at the place reserved for it near the top.</summary>
internal sealed class ReportWriter(TextWriter console) : TextWriter
{
    private readonly StringBuilder _copy = new();
    private int _summaryPlace = -1;

    public override Encoding Encoding => console.Encoding;

    public override void Write(char value)
    {
        console.Write(value);
        lock (_copy) _copy.Append(value);
    }

    public override void Write(string? value)
    {
        console.Write(value);
        lock (_copy) _copy.Append(value);
    }

    public override void WriteLine(string? value)
    {
        console.WriteLine(value);
        lock (_copy) _copy.AppendLine(value);
    }

    public void ReserveSummaryPlace()
    {
        lock (_copy) _summaryPlace = _copy.Length;
    }

    public void WriteSummary(string summary)
    {
        console.Write(summary);
        lock (_copy)
        {
            if (_summaryPlace < 0) _copy.Append(summary);
            else _copy.Insert(_summaryPlace, summary);
        }
    }

    public async Task SaveAsync(string path)
    {
        string text;
        lock (_copy) text = _copy.ToString();
        await File.WriteAllTextAsync(path, text);
    }
}
