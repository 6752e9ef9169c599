using Netwerk.Contracts.Discussions;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Discussions.Threads;

/// <summary>A thread as the integration events carry it.</summary>
internal static class ThreadDetailsOf
{
    public static ThreadDetails Of(DiscussionThread thread) => new(thread.Id, thread.Kind, thread.Title, thread.Tags, thread.Theme, thread.GroupId,
        thread.AuthorId, thread.Status, thread.VoteCount, WebPages.Thread(thread.Id));
}
