namespace Netwerk.Discussions.Votes;

/// <summary>"Ik heb deze vraag ook" / "dit wil ik ook": one per member and thread (its key).</summary>
public sealed class Vote
{
    public required Guid ThreadId { get; init; }
    public required Guid MemberId { get; init; }
    public required DateTimeOffset CastAt { get; init; }
}
