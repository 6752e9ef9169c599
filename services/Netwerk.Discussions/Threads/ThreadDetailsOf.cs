using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Discussions.Threads;

/// <summary>A thread as the integration events carry it.</summary>
internal static class ThreadDetailsOf
{
    public static ThreadDetails Of(DiscussionThread thread) => new(thread.Id, thread.Kind, thread.Title, thread.Tags, thread.Theme, thread.GroupId,
        thread.AuthorId, thread.Status, thread.VoteCount, WebPages.Thread(thread.Id), thread.Sector);

    /// <summary>A need as its events carry it to partners: with the author's name when they consented to share it.</summary>
    public static async Task<ThreadDetails> ForPartnersAsync(DiscussionsDbContext db, DiscussionThread thread, CancellationToken cancellationToken)
    {
        var details = Of(thread);
        if (thread.AuthorId is not { } author || thread.GroupId is not null) return details;
        var name = await db.MemberProfiles.Where(p => p.MemberId == author && p.SharesWithPartners)
            .Join(db.KnownMembers, p => p.MemberId, k => k.MemberId, (p, k) => k.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return details with { AuthorNameForPartners = name };
    }
}
