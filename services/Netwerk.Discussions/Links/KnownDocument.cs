using Netwerk.Messaging.Copies;

namespace Netwerk.Discussions.Links;

/// <summary>A shared document as the documents service announced it, so a thread can show the documents it is about
/// with their titles without calling back. A deleted document stays as a row marked <see cref="Deleted"/>, so that an
/// older event arriving late cannot bring it back.</summary>
public sealed class KnownDocument : IForeignCopy
{
    public required Guid Id { get; init; }
    public required string Title { get; set; }
    /// <summary>`public`, `members` or `group` (then <see cref="GroupId"/> says which group may see it).</summary>
    public required string Visibility { get; set; }
    public Guid? GroupId { get; set; }
    public bool Deleted { get; set; }
    public required DateTimeOffset AsOf { get; set; }

    public const string GroupVisibility = "group";
}
