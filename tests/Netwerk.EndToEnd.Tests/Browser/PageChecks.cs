using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>What every page a browser test visits must pass: axe-core finds no serious or critical violation (the
/// count per page goes to the test output), and screenshots at phone and desktop width are kept.</summary>
public static class PageChecks
{
    public static readonly (string Name, int Width, int Height)[] Widths = [("telefoon", 390, 844), ("desktop", 1280, 900)];

    /// <summary>One line per page checked, `page violations serious-or-critical`; `./netwerk test` sums it up.</summary>
    public static readonly string SummaryFile = Path.Combine(Path.GetTempPath(), "netwerk-axe-pages.txt");
    private static readonly Lock SummaryLock = new();

    public static async Task AccessibleAsync(IPage page, string name, ITestOutputHelper output)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        output.WriteLine($"axe {name} ({page.Url}): {results.Violations.Length} violations, {serious.Count} serious or critical" +
            string.Concat(results.Violations.Select(v => $"\n  {v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length}×)")));
        lock (SummaryLock) File.AppendAllText(SummaryFile, $"{name} {results.Violations.Length} {serious.Count}\n");
        Assert.True(serious.Count == 0, $"{name}: " + string.Join("; ", serious.Select(Describe)));

        var original = page.ViewportSize;
        foreach (var (widthName, width, height) in Widths)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{widthName}.png"),
                FullPage = true,
            });
        }
        if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
