using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>What every page a browser test visits must pass: axe-core finds no serious or critical violation (the
/// count per page goes to the test output), and at phone and desktop width the page is no wider than the window
/// (nothing makes it scroll sideways); the screenshots at both widths are kept.</summary>
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
        var sideways = new List<string>();
        foreach (var (widthName, width, height) in Widths)
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{widthName}.png"),
                FullPage = true,
            });
            if (await page.EvaluateAsync<string?>(Overflow) is { } wider) sideways.Add($"{width} px: {wider}");
        }
        if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
        Assert.True(sideways.Count == 0, $"{name} is wider than the window (it scrolls sideways) at " + string.Join("; ", sideways));
    }

    /// <summary>Null when the page is as wide as the window; else its width and the elements that stick out on the
    /// right, so the message says where to look.</summary>
    private const string Overflow = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return null;
          const out = [...document.body.querySelectorAll("*")]
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(-3)
            .map((element) => element.tagName.toLowerCase() + (element.className ? "." + String(element.className).trim().split(/\s+/).join(".") : ""));
          return `scrollWidth ${root.scrollWidth} > ${root.clientWidth} (${out.join(", ")})`;
        }
        """;

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
