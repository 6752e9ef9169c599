using Ganss.Xss;
using Markdig;

namespace Netwerk.ServiceDefaults.Text;

/// <summary>Turns a member's Markdown (an event's description, a thread's body, a reply) into HTML that is safe to
/// show, once, when it is written: raw HTML in the Markdown is written out as text, and the result passes an HTML
/// sanitiser (no scripts, no event handlers, no javascript: links).</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseEmphasisExtras().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string ToSafeHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>Plain text for places that show no HTML (calendar entries).</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
