using Netwerk.Contracts;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Documents.Library;

/// <summary>A document's describing fields after validation, the same rules for an upload's form and for a PATCH.</summary>
internal sealed record DocumentMetadata(string Title, string Description, IReadOnlyList<string> Tags, string? Theme, string Visibility, Guid? GroupId)
{
    /// <summary>Validates raw values; tags are trimmed, lower-cased and de-duplicated.</summary>
    public static DocumentMetadata? Validate(string? title, string? description, IEnumerable<string?> tags, string? theme, string? visibility,
        string? groupId, FieldErrors errors)
    {
        var cleanTitle = title?.Trim() ?? "";
        var cleanDescription = description?.Trim() ?? "";
        var cleanTags = tags.SelectMany(t => (t ?? "").Split(',')).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        var cleanTheme = string.IsNullOrWhiteSpace(theme) ? null : theme.Trim();
        var cleanVisibility = visibility?.Trim().ToLowerInvariant();
        Guid? group = null;

        errors.Require(cleanTitle.Length is >= 3 and <= DocumentConfiguration.TitleLength, "title", $"Required, 3 to {DocumentConfiguration.TitleLength} characters.");
        errors.Require(cleanDescription.Length <= DocumentConfiguration.DescriptionLength, "description",
            $"At most {DocumentConfiguration.DescriptionLength} characters.");
        errors.Require(cleanTags.Count <= DocumentConfiguration.MaximumTags, "tags", $"At most {DocumentConfiguration.MaximumTags} tags.");
        errors.Require(cleanTags.All(t => t.Length <= DocumentConfiguration.TagLength), "tags", $"A tag has at most {DocumentConfiguration.TagLength} characters.");
        errors.Require(cleanTheme is null || Themes.All.ContainsKey(cleanTheme), "theme", $"One of: {string.Join(", ", Themes.All.Keys)}.");
        errors.Require(cleanVisibility is not null && Library.Visibility.All.Contains(cleanVisibility), "visibility",
            $"Required, one of: {string.Join(", ", Library.Visibility.All)}.");
        if (cleanVisibility == Library.Visibility.Group)
        {
            if (Guid.TryParse(groupId, out var parsed)) group = parsed;
            else errors.Add("groupId", "A group document names its working group's id.");
        }
        else
        {
            errors.Require(string.IsNullOrWhiteSpace(groupId), "groupId", "Only a document with visibility `group` names a working group.");
        }
        return errors.Any ? null : new DocumentMetadata(cleanTitle, cleanDescription, cleanTags, cleanTheme, cleanVisibility!, group);
    }

    public void ApplyTo(Document document)
    {
        document.Title = Title;
        document.Description = Description;
        document.SetTags(Tags);
        document.Theme = Theme;
        document.Visibility = Visibility;
        document.GroupId = GroupId;
    }
}
