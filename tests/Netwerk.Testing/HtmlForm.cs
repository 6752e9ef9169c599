using System.Net;
using System.Text.RegularExpressions;

namespace Netwerk.Testing;

/// <summary>A posting form as a page sent it, read as a browser without script reads it: where it posts (null: to the
/// page itself), its hidden fields (the antiforgery token, the form's name) and the names of the fields a person fills
/// in. For <see cref="AccountBrowser"/> and the tests that post every form of a page.</summary>
public sealed partial record HtmlForm(string? Action, IReadOnlyList<KeyValuePair<string, string>> Hidden, IReadOnlyList<string> Fields, string Html)
{
    public static IReadOnlyList<HtmlForm> AllIn(string html) => [.. FormPattern().Matches(html).Select(Parse)];

    private static HtmlForm Parse(Match form)
    {
        var hidden = HiddenPattern().Matches(form.Value)
            .Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToList();
        var fields = ControlPattern().Matches(form.Value)
            .Where(c => !TypeHidden().IsMatch(c.Value) && NameAttribute().Match(c.Value) is { Success: true })
            .Select(c => WebUtility.HtmlDecode(NameAttribute().Match(c.Value).Groups["name"].Value))
            .Distinct().ToList();
        var action = form.Groups["action"].Success ? WebUtility.HtmlDecode(form.Groups["action"].Value) : null;
        return new HtmlForm(action, hidden, fields, form.Value);
    }

    [GeneratedRegex("""<form[^>]*method="post"(?:[^>]*action="(?<action>[^"]*)")?[^>]*>.*?</form>""", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex(""""<input[^>]*type="hidden"[^>]*name="(?<name>[^"]*)"[^>]*value="(?<value>[^"]*)"|<input[^>]*name="(?<name>[^"]*)"[^>]*type="hidden"[^>]*value="(?<value>[^"]*)"""")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("<(input|select|textarea|button)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ControlPattern();

    [GeneratedRegex("""\stype="hidden"\b""", RegexOptions.IgnoreCase)]
    private static partial Regex TypeHidden();

    [GeneratedRegex("""\sname="(?<name>[^"]*)"\b""")]
    private static partial Regex NameAttribute();
}
