namespace Netwerk.Discussions.Threads;

/// <summary>What a thread or reply shows as its author: the name this service knows, "oud-lid" for someone who left.</summary>
internal static class AuthorNames
{
    public const string FormerMember = "oud-lid";

    public static string Of(Guid? authorId, string? knownName) => authorId is null ? FormerMember : knownName ?? "Lid";
}
