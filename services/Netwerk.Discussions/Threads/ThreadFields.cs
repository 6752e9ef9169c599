using Netwerk.Contracts;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Threads;

/// <summary>The rules for a thread's own fields, the same for starting one and for changing it.</summary>
internal static class ThreadFields
{
    public static void CheckTitle(string? title, FieldErrors errors) =>
        errors.Require(title?.Trim() is { Length: >= 5 and <= DiscussionThreadConfiguration.TitleLength }, "title",
            $"Required, 5 to {DiscussionThreadConfiguration.TitleLength} characters.");

    public static void CheckBody(string? body, FieldErrors errors) =>
        errors.Require(body?.Trim() is { Length: >= 1 and <= DiscussionThreadConfiguration.BodyLength }, "body",
            $"Required, at most {DiscussionThreadConfiguration.BodyLength} characters.");

    public static void CheckTheme(string? theme, FieldErrors errors) =>
        errors.Require(string.IsNullOrWhiteSpace(theme) || Themes.All.ContainsKey(theme.Trim()), "theme", $"One of: {string.Join(", ", Themes.All.Keys)}.");

    /// <summary>Tags trimmed, lower-cased and de-duplicated, as the documents keep theirs.</summary>
    public static List<string> CleanTags(IEnumerable<string?>? tags) =>
        [.. (tags ?? []).Select(t => (t ?? "").Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct()];

    public static void CheckTags(IReadOnlyCollection<string> tags, FieldErrors errors)
    {
        errors.Require(tags.Count <= DiscussionThreadConfiguration.MaximumTags, "tags", $"At most {DiscussionThreadConfiguration.MaximumTags} tags.");
        errors.Require(tags.All(t => t.Length <= DiscussionThreadConfiguration.TagLength), "tags",
            $"A tag has at most {DiscussionThreadConfiguration.TagLength} characters.");
    }

    public static string? CleanTheme(string? theme) => string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
}
