using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Follows;
using Netwerk.Discussions.Moderation;
using Netwerk.Discussions.Replies;
using Netwerk.Discussions.Threads;
using Netwerk.Discussions.Votes;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Text;
using Netwerk.ServiceDefaults.Demo;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Demo;

/// <summary>Posts the demo questions, discussions and needs in Development (unless `Seed:DemoData` is false), once, in
/// the names of the demo members and in the ambitions' working groups: it waits in the background until membership's
/// events have told it who they are and which groups they are in. Only the threads' start is announced (partners see
/// the needs); the replies and votes are history, not news to tell anyone.</summary>
internal sealed class DemoDiscussionsSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoDiscussionsSeeder> logger)
    : PatientDemoSeeder(clock, logger)
{
    private const int DemoMembers = 6;
    private const int Ambitions = 3;

    protected override string What => "discussions";

    /// <summary>True when done (or done before); false while the demo members and groups are not known yet.</summary>
    protected override async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DiscussionsDbContext>();
        if (await db.Threads.AnyAsync(cancellationToken)) return true;
        var members = await db.MemberProfiles.Join(db.KnownMembers, p => p.MemberId, k => k.MemberId, (p, k) => new { k.MemberId, k.DisplayName, p.Sector })
            .OrderBy(m => m.DisplayName).ToListAsync(cancellationToken);
        var groups = await db.KnownGroups.OrderBy(g => g.Name).Select(g => g.Id).ToListAsync(cancellationToken);
        var memberships = await db.GroupMembers.CountAsync(cancellationToken);
        // Each demo member is in two of the three ambitions.
        if (members.Count < DemoMembers || groups.Count < Ambitions || memberships < 2 * DemoMembers) return false;

        var now = Clock.Now();
        foreach (var demo in DemoThreads.All)
        {
            var started = now.AddDays(-demo.DaysAgo).AddHours(-demo.Author);
            Guid? groupId = demo.Group is { } group ? groups[group] : null;
            // A group's thread is written, answered and voted on by its members only.
            var insiders = groupId is { } inGroup
                ? (await db.GroupMembers.Where(m => m.GroupId == inGroup).Select(m => m.MemberId).ToListAsync(cancellationToken)).ToHashSet()
                : members.Select(m => m.MemberId).ToHashSet();
            var authorIndex = NextInside(demo.Author);
            var author = members[authorIndex % members.Count];
            var thread = new DiscussionThread
            {
                Id = Guid.CreateVersion7(started), Kind = demo.Kind, Title = demo.Title, Body = demo.Body, BodyHtml = SafeMarkdown.ToSafeHtml(demo.Body),
                Tags = [.. demo.Tags], Theme = demo.Theme, GroupId = groupId, Sector = author.Sector, AuthorId = author.MemberId, CreatedAt = started,
                LastActivityAt = started, Status = demo.Kind == ThreadKind.Need ? demo.Status ?? NeedStatus.New : null, StatusNote = demo.Note,
                VoteCount = demo.Votes,
            };
            db.Threads.Add(thread);
            db.Follows.Add(new Follow { ThreadId = thread.Id, MemberId = author.MemberId, Since = started });
            var followers = new HashSet<Guid> { author.MemberId };
            foreach (var (reply, index) in demo.Replies.Select((r, i) => (r, i)))
            {
                var replier = members[NextInside(reply.Author == authorIndex ? reply.Author + 1 : reply.Author) % members.Count];
                var at = started.AddHours(3 * (index + 1));
                var row = new Reply
                {
                    Id = Guid.CreateVersion7(at), ThreadId = thread.Id, AuthorId = replier.MemberId, Body = reply.Body, BodyHtml = SafeMarkdown.ToSafeHtml(reply.Body),
                    CreatedAt = at, HelpfulCount = Math.Min(reply.Helpful, insiders.Count - 1),
                };
                db.Replies.Add(row);
                foreach (var marker in members.Where(m => m.MemberId != replier.MemberId && insiders.Contains(m.MemberId)).Take(row.HelpfulCount))
                {
                    db.HelpfulMarks.Add(new HelpfulMark { ReplyId = row.Id, MemberId = marker.MemberId, MarkedAt = at.AddHours(1) });
                }
                if (reply.Accepted) thread.AcceptedReplyId = row.Id;
                if (followers.Add(replier.MemberId)) db.Follows.Add(new Follow { ThreadId = thread.Id, MemberId = replier.MemberId, Since = at });
                thread.ReplyCount++;
                thread.LastActivityAt = at;
                thread.RepliesText += "\n" + reply.Body;
            }
            var voters = members.Where(m => m.MemberId != author.MemberId && insiders.Contains(m.MemberId)).Take(demo.Votes).ToList();
            foreach (var voter in voters)
            {
                db.Votes.Add(new Vote { ThreadId = thread.Id, MemberId = voter.MemberId, CastAt = started.AddHours(1) });
            }
            thread.VoteCount = voters.Count;
            if (demo.Note is { } note && thread.Status is { } status)
            {
                db.NeedStatusSteps.Add(new NeedStatusStep { Id = Guid.CreateVersion7(started.AddDays(1)), ThreadId = thread.Id, Status = status, Note = note,
                    ChangedAt = started.AddDays(1) });
            }
            db.AddIntegrationEvent(new ThreadStarted(Guid.CreateVersion7(now), now, ThreadDetailsOf.Of(thread)));

            // The first member from this index on who may post in the thread.
            int NextInside(int index)
            {
                for (var step = 0; step < members.Count; step++)
                {
                    if (insiders.Contains(members[(index + step) % members.Count].MemberId)) return index + step;
                }
                return index;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data: {Count} questions, discussions and needs", DemoThreads.All.Count);
        return true;
    }
}
