namespace Netwerk.Contracts.Discussions;

/// <summary>What consumers need to know of a thread. A group's thread (<paramref name="GroupId"/> set) never leaves the
/// platform; partners hear only of network-wide needs and questions. <paramref name="Status"/> is a need's step,
/// <paramref name="Sector"/> that of the author's school, and <paramref name="AuthorNameForPartners"/> the author's name
/// only on a need's events and only when the author consented to sharing it with partners.</summary>
public sealed record ThreadDetails(
    Guid Id,
    string Kind,
    string Title,
    IReadOnlyList<string> Tags,
    string? Theme,
    Guid? GroupId,
    Guid? AuthorId,
    string? Status,
    int VoteCount,
    string Url,
    string? Sector = null,
    string? AuthorNameForPartners = null);
