using Netwerk.Benchmarks.Measurement;

namespace Netwerk.Benchmarks.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public async Task A_summary_written_at_the_end_is_printed_last_and_saved_at_its_reserved_place()
    {
        var console = new StringWriter();
        var report = new ReportWriter(console);
        var file = Path.Combine(Path.GetTempPath(), $"netwerk-report-{Guid.NewGuid():N}.md");

        report.WriteLine("# Heading");
        report.ReserveSummaryPlace();
        report.WriteLine("## Scenario");
        report.WriteSummary("## Targets\n");
        await report.SaveAsync(file);

        try
        {
            Assert.Equal($"# Heading{Environment.NewLine}## Targets\n## Scenario{Environment.NewLine}", await File.ReadAllTextAsync(file));
            Assert.Equal($"# Heading{Environment.NewLine}## Scenario{Environment.NewLine}## Targets\n", console.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
