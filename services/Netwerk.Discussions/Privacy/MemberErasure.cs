using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Mentions;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Privacy;

/// <summary>A member who leaves stays in the history as "oud-lid" and is named nowhere here: their threads and replies
/// keep their text without an author, mentions of them read "@oud-lid", their votes and helpful marks remain only as
/// the counts on the posts, the text of their private messages is deleted, and their follows, open reports, copies and
/// the sent events that carried their id go.</summary>
public sealed class MemberErasure(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<MemberErased, DiscussionsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberErased message, CancellationToken cancellationToken)
    {
        var member = message.MemberId;
        await ForgetMentionsAsync(member, cancellationToken);
        await Db.Threads.Where(t => t.AuthorId == member).ExecuteUpdateAsync(t => t.SetProperty(x => x.AuthorId, (Guid?)null), cancellationToken);
        await Db.Replies.Where(r => r.AuthorId == member).ExecuteUpdateAsync(r => r.SetProperty(x => x.AuthorId, (Guid?)null), cancellationToken);
        await Db.Votes.Where(v => v.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await Db.HelpfulMarks.Where(h => h.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await Db.Follows.Where(f => f.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        // An open report of theirs goes (a post it helped hide stays hidden until a moderator decides); a decided one
        // stays without them.
        await Db.Reports.Where(r => r.ReporterId == member && r.DecidedAt == null).ExecuteDeleteAsync(cancellationToken);
        await Db.Reports.Where(r => r.ReporterId == member).ExecuteUpdateAsync(r => r.SetProperty(x => x.ReporterId, (Guid?)null), cancellationToken);
        await Db.ConversationMessages.Where(m => m.AuthorId == member).ExecuteUpdateAsync(m => m
            .SetProperty(x => x.AuthorId, (Guid?)null).SetProperty(x => x.Body, "").SetProperty(x => x.Erased, true), cancellationToken);
        await Db.ConversationParticipants.Where(p => p.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await Db.Conversations.Where(c => !Db.ConversationParticipants.Any(p => p.ConversationId == c.Id)).ExecuteDeleteAsync(cancellationToken);
        await Db.GroupMembers.Where(m => m.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await Db.MemberProfiles.Where(m => m.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await Db.Approvals.Where(m => m.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        await Db.KnownMembers.Where(m => m.MemberId == member).ExecuteDeleteAsync(cancellationToken);
        // Events already sent are kept a while for diagnosis; those that named this member go now. Unsent ones still go
        // out: their consumers erase what they keep of them the same way.
        var mentioning = $"%{member}%";
        await Db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM outbox_messages WHERE sent_at IS NOT NULL AND payload::text ILIKE {mentioning}", cancellationToken);
    }

    /// <summary>Every post that names the member is rewritten and rendered again, so neither its source nor its HTML
    /// (a link to their page, with their name) keeps them.</summary>
    private async Task ForgetMentionsAsync(Guid member, CancellationToken cancellationToken)
    {
        var pattern = "%@" + member + "%";
        var threads = await Db.Threads.Where(t => EF.Functions.ILike(t.Body, pattern)).ToListAsync(cancellationToken);
        foreach (var thread in threads)
        {
            thread.Body = Mentions.Mentions.Forgotten(thread.Body, member);
            thread.BodyHtml = (await RenderedPost.RenderAsync(Db, thread.Body, thread.GroupId, Guid.Empty, cancellationToken)).Html;
        }
        var replies = await Db.Replies.Where(r => EF.Functions.ILike(r.Body, pattern)).ToListAsync(cancellationToken);
        foreach (var reply in replies)
        {
            reply.Body = Mentions.Mentions.Forgotten(reply.Body, member);
            reply.BodyHtml = (await RenderedPost.RenderAsync(Db, reply.Body, null, Guid.Empty, cancellationToken)).Html;
        }
        await Db.SaveChangesAsync(cancellationToken);
        foreach (var threadId in replies.Select(r => r.ThreadId).Distinct()) await ThreadRows.RebuildRepliesTextAsync(Db, threadId, cancellationToken);
    }
}
