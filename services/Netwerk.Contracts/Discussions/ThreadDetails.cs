namespace Netwerk.Contracts.Discussions;

/// <summary>What consumers need to know of a thread. A group's thread (<paramref name="GroupId"/> set) never leaves the
/// platform; partners hear only of network-wide needs and questions. <paramref name="Status"/> is a need's step.</summary>
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
    string Url);
