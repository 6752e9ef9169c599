using Netwerk.Contracts.Discussions;

namespace Netwerk.Notifications.Discussions;

/// <summary>Where a notice about a post takes the member: to the reply itself on the thread's page (its anchor,
/// `#reactie-{id}`), or to the thread when the thread's own text is meant.</summary>
internal static class PostLinks
{
    public static string To(ThreadDetails thread, Guid? replyId) => replyId is { } id ? $"{thread.Url}#reactie-{id}" : thread.Url;
}
