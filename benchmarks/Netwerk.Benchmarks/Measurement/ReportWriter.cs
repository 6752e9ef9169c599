using System.Text;

namespace Netwerk.Benchmarks.Measurement;

/// <summary>Prints to the console as the benchmark goes and keeps a copy, which becomes the report file
/// (BENCHMARKS.md) when the run ends.</summary>
internal sealed class ReportWriter(TextWriter console) : TextWriter
{
    private readonly StringBuilder _copy = new();

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

    public async Task SaveAsync(string path)
    {
        string text;
        lock (_copy) text = _copy.ToString();
        await File.WriteAllTextAsync(path, text);
    }
}
