namespace Netwerk.Discussions.Moderation;

/// <summary>One step of a need, with the public note it came with: the need's history on its page.</summary>
public sealed class NeedStatusStep
{
    public required Guid Id { get; init; }
    public required Guid ThreadId { get; init; }
    public required string Status { get; init; }
    public required string Note { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}
