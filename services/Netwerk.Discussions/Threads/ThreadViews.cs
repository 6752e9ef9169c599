using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Links;
using Netwerk.Discussions.Members;

namespace Netwerk.Discussions.Threads;

/// <summary>Reads a thread as its page shows it to one participant.</summary>
internal static class ThreadViews
{
    public static string ETag(DiscussionThread thread) => $"\"{thread.Version}\"";

    /// <summary>A thread with thousands of replies is for a later page size; the network's threads have tens.</summary>
    public static async Task<ThreadView> ViewAsync(DiscussionsDbContext db, DiscussionThread thread, Participant participant,
        CancellationToken cancellationToken)
    {
        var me = participant.MemberId;
        var seesHidden = participant.IsModerator;
        var replies = await db.Replies.AsNoTracking()
            .Where(r => r.ThreadId == thread.Id && r.DeletedAt == null && (r.HiddenAt == null || seesHidden || r.AuthorId == me))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                Reply = r,
                Name = db.KnownMembers.Where(m => m.MemberId == r.AuthorId).Select(m => m.DisplayName).FirstOrDefault(),
                Marked = db.HelpfulMarks.Any(h => h.ReplyId == r.Id && h.MemberId == me),
            })
            .ToListAsync(cancellationToken);
        var authorName = await db.KnownMembers.Where(m => m.MemberId == thread.AuthorId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var voted = await db.Votes.AnyAsync(v => v.ThreadId == thread.Id && v.MemberId == me, cancellationToken);
        var following = await db.Follows.AnyAsync(f => f.ThreadId == thread.Id && f.MemberId == me, cancellationToken);
        var steps = thread.Kind != ThreadKind.Need ? [] : await db.NeedStatusSteps.AsNoTracking().Where(s => s.ThreadId == thread.Id)
            .OrderBy(s => s.ChangedAt).Select(s => new StatusStepView(s.Status, s.Note, s.ChangedAt)).ToListAsync(cancellationToken);
        var (documents, events) = await ThreadLinks.ViewAsync(db, thread, participant, cancellationToken);
        var views = replies
            .Select(r => new ReplyView(r.Reply.Id, r.Reply.AuthorId, AuthorNames.Of(r.Reply.AuthorId, r.Name), r.Reply.Body, r.Reply.BodyHtml,
                r.Reply.CreatedAt, r.Reply.EditedAt, r.Reply.Id == thread.AcceptedReplyId, r.Reply.HelpfulCount, r.Marked, r.Reply.HiddenAt != null,
                r.Reply.ReplyToId))
            .OrderByDescending(r => r.Accepted).ToList();
        return new ThreadView(thread.Id, thread.Kind, thread.Title, thread.Body, thread.BodyHtml, thread.Tags, thread.Theme, thread.GroupId,
            thread.AuthorId, AuthorNames.Of(thread.AuthorId, authorName), thread.CreatedAt, thread.LastActivityAt, thread.EditedAt, thread.ReplyCount,
            thread.VoteCount, voted, following, thread.AcceptedReplyId, thread.Status, thread.StatusNote, steps, thread.Locked, thread.HiddenAt != null,
            thread.MergedIntoId, thread.Version, views, documents, events);
    }
}
