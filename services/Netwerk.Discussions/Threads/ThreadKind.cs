namespace Netwerk.Discussions.Threads;

/// <summary>What a thread is for (API.md): a question (one reply can be accepted as its answer), a discussion, or a
/// need of schools that the network should take up (members vote on it).</summary>
public static class ThreadKind
{
    public const string Question = "question";
    public const string Discussion = "discussion";
    public const string Need = "need";

    public static readonly IReadOnlyList<string> All = [Question, Discussion, Need];
}
