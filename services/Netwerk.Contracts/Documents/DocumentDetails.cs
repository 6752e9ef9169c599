namespace Netwerk.Contracts.Documents;

/// <summary>What consumers need to know of a shared document. <paramref name="Visibility"/> is `public`, `members` or
/// `group` (then <paramref name="GroupId"/> is set); partners only ever hear of public ones.</summary>
public sealed record DocumentDetails(
    Guid Id,
    string Title,
    IReadOnlyList<string> Tags,
    string? Theme,
    string Visibility,
    Guid? GroupId,
    Guid? AuthorId,
    int Version,
    string Url);
