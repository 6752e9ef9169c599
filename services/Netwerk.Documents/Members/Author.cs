namespace Netwerk.Documents.Members;

/// <summary>This service's copy of a member's name, shown as a document's author. Kept from the member's own token
/// and from membership's events; the newest value (by <see cref="NameAsOf"/>) wins.</summary>
public sealed class Author
{
    public required Guid MemberId { get; init; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset NameAsOf { get; set; }
}
