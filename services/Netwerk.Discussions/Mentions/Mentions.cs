using System.Text;
using System.Text.RegularExpressions;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Discussions.Mentions;

/// <summary>`@` and a member's id in a post's Markdown (API.md; the web app offers names and writes the id). Before a
/// post is rendered each mention becomes a link to the member's page with their name, so that the rendered HTML shows
/// a name and never needs the id read back.</summary>
internal static partial class Mentions
{
    /// <summary>Members named in one post at most: a post naming the whole directory is no mention.</summary>
    public const int MaximumPerPost = 20;
    public const string FormerMember = "@oud-lid";

    [GeneratedRegex(@"@([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b")]
    private static partial Regex Pattern();

    public static IReadOnlyList<Guid> In(string markdown) =>
        [.. Pattern().Matches(markdown).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().Take(MaximumPerPost)];

    /// <summary>Each mention of a known member as a link with their name; an unknown id stays as it was written.</summary>
    public static string Linked(string markdown, IReadOnlyDictionary<Guid, string> names) => Pattern().Replace(markdown, match =>
        names.TryGetValue(Guid.Parse(match.Groups[1].Value), out var name)
            ? $"[@{Escaped(name)}]({WebPages.Member(Guid.Parse(match.Groups[1].Value))})"
            : match.Value);

    /// <summary>The source with a member's mentions rewritten to "@oud-lid" once they left.</summary>
    public static string Forgotten(string markdown, Guid memberId) =>
        Pattern().Replace(markdown, match => Guid.Parse(match.Groups[1].Value) == memberId ? FormerMember : match.Value);

    /// <summary>A name as literal Markdown text: its punctuation cannot open a link or emphasis.</summary>
    private static string Escaped(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127) text.Append(c);
            else if (char.IsPunctuation(c) || char.IsSymbol(c)) text.Append('\\').Append(c);
        }
        return text.ToString();
    }
}
