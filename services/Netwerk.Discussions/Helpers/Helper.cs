namespace Netwerk.Discussions.Helpers;

/// <summary>A member who can likely help with a question, and why: <see cref="Answers"/> of theirs were accepted or
/// marked helpful on similar questions, <see cref="SharesTheme"/> when they work on the question's theme.</summary>
public sealed record Helper(Guid MemberId, string DisplayName, int Answers, bool SharesTheme);
