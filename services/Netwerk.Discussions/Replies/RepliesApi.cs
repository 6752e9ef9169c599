using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Follows;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Mentions;
using Netwerk.Discussions.Posting;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.RateLimiting;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Replies;

internal static class RepliesApi
{
    public static void MapRepliesApi(this IEndpointRouteBuilder routes)
    {
        var thread = routes.MapGroup("/api/discussions/{id:guid}").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        thread.MapPost("/replies", ReplyAsync).WithName("ReplyToThread")
            .WithSummary("Reply to a thread the caller may see (a locked one: 409); the replier follows it, its followers are told.");
    }

    private static async Task<Results<Created<ReplyView>, ValidationProblem, NotFound, ProblemHttpResult>> ReplyAsync(
        Guid id, ReplyInput input, ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, PostingLimits limits, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        var errors = input.Check();
        if (input.ReplyToId is { } replyToId && !await db.Replies.AnyAsync(r => r.Id == replyToId && r.ThreadId == id && r.DeletedAt == null, cancellationToken))
        {
            errors.Add("replyToId", "No reply in this thread has this id.");
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await limits.ReplyAsync(participant, cancellationToken) is { } wait) return TooManyRequests.Answer(context, wait);

        var now = clock.Now();
        var body = input.Body!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked first, so that a moderator's lock and this reply do not cross.
        var thread = await ThreadRows.LockAsync(db, id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        if (thread.Locked) return ThreadLocked.Answer();
        var rendered = await RenderedPost.RenderAsync(db, body, thread.GroupId, participant.MemberId, cancellationToken);
        var reply = new Reply
        {
            Id = Guid.CreateVersion7(now), ThreadId = id, ReplyToId = input.ReplyToId, AuthorId = participant.MemberId, Body = body,
            BodyHtml = rendered.Html, CreatedAt = now,
        };
        await db.KeepNewestAsync([participant.ToKnownMember()], cancellationToken);
        await db.KeepFirstAsync([new Follow { ThreadId = id, MemberId = participant.MemberId, Since = now }], cancellationToken);
        var followers = await db.Follows.Where(f => f.ThreadId == id && f.MemberId != participant.MemberId && !rendered.Mentioned.Contains(f.MemberId))
            .Select(f => f.MemberId).ToListAsync(cancellationToken);
        var details = ThreadDetailsOf.Of(thread);
        db.Replies.Add(reply);
        db.AddIntegrationEvent(new ReplyPosted(Guid.CreateVersion7(now), now, details, reply.Id, participant.MemberId, participant.DisplayName, followers));
        if (rendered.Mentioned.Count > 0)
        {
            db.AddIntegrationEvent(new MemberMentioned(Guid.CreateVersion7(now), now, details, reply.Id, participant.DisplayName, rendered.Mentioned));
        }
        await db.SaveChangesAsync(cancellationToken);
        // One statement, so that replies posted at once each count (no read-modify-write of the thread's row).
        await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.ReplyCount, x => x.ReplyCount + 1)
            .SetProperty(x => x.LastActivityAt, now)
            .SetProperty(x => x.RepliesText, x => (x.RepliesText + "\n" + body).Substring(0, DiscussionThreadConfiguration.RepliesTextLength)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/discussions/{id}", new ReplyView(reply.Id, reply.AuthorId, participant.DisplayName, reply.Body, reply.BodyHtml,
            reply.CreatedAt, null, Accepted: false, 0, false, false, reply.ReplyToId));
    }
}
