using System.Globalization;
using System.Text;
using Netwerk.Documents.Library;

namespace Netwerk.Documents.Uploads;

/// <summary>The name an upload is shown and downloaded under, made safe from what the client sent: no folders (of
/// either slash), no control characters, no invisible formatting characters (a right-to-left override, U+202E, shows
/// "gnp.exe" as "exe.png"), runs of spaces made one, and at most <see cref="MaximumLength"/> characters with the
/// extension kept when it is cut. Nothing left gives "document". It ends in an extension of what the bytes are.</summary>
internal static class DisplayFileName
{
    public const int MaximumLength = DocumentConfiguration.FileNameLength;
    private const int MaximumExtensionLength = 16;

    /// <param name="extensions">The names the bytes' type goes by (<see cref="FileExtensions.Of"/>): a name that ends
    /// in none of them gets the first added, before it is shortened, so it is never cut off.</param>
    public static string From(string? uploaded, IReadOnlyList<string> extensions)
    {
        var name = uploaded ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var visible = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            // A tab or a line break is white space to the reader: one space, like any other run of it.
            if (Rune.IsWhiteSpace(rune))
            {
                if (visible.Length > 0 && visible[^1] != ' ') visible.Append(' ');
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            visible.Append(rune.ToString());
        }
        name = visible.ToString().Trim().TrimStart('.');
        if (name.Length == 0) name = "document";
        if (extensions.Count > 0 && !extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)) name += extensions[0];
        return name.Length <= MaximumLength ? name : Shortened(name);
    }

    private static string Shortened(string name)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > MaximumExtensionLength) extension = "";
        var stem = name[..^extension.Length];
        var keep = MaximumLength - extension.Length;
        // Never cut a surrogate pair in two.
        if (char.IsHighSurrogate(stem[keep - 1])) keep--;
        return stem[..keep].TrimEnd() + extension;
    }
}
