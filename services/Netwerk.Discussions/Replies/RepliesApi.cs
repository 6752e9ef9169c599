using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Copies;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Text;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Replies;

internal static class RepliesApi
{
    public static void MapRepliesApi(this IEndpointRouteBuilder routes)
    {
        var thread = routes.MapGroup("/api/discussions/{id:guid}").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        thread.MapPost("/replies", ReplyAsync).WithName("ReplyToThread").WithSummary("Reply to a thread the caller may see.");
        thread.MapPost("/replies/{replyId:guid}/accept", AcceptAsync).WithName("AcceptAnswer")
            .WithSummary("Accept a reply as the question's answer (the asker or a moderator; questions only). Another accepted reply gives way.");
        thread.MapDelete("/replies/{replyId:guid}/accept", WithdrawAsync).WithName("WithdrawAnswer")
            .WithSummary("The reply is no longer the accepted answer (the asker or a moderator).");
    }

    private static async Task<Results<Created<ReplyView>, ValidationProblem, NotFound>> ReplyAsync(
        Guid id, ReplyInput input, ClaimsPrincipal user, DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        var errors = input.Check();
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var now = clock.Now();
        var body = input.Body!.Trim();
        var reply = new Reply { Id = Guid.CreateVersion7(now), ThreadId = id, AuthorId = participant.MemberId, Body = body, BodyHtml = SafeMarkdown.ToSafeHtml(body), CreatedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.KeepNewestAsync([participant.ToKnownMember()], cancellationToken);
        db.Replies.Add(reply);
        await db.SaveChangesAsync(cancellationToken);
        // One statement, so that replies posted at once each count (no read-modify-write of the thread's row).
        await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.ReplyCount, x => x.ReplyCount + 1)
            .SetProperty(x => x.LastActivityAt, now)
            .SetProperty(x => x.RepliesText, x => (x.RepliesText + "\n" + body).Substring(0, DiscussionThreadConfiguration.RepliesTextLength)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/discussions/{id}", new ReplyView(reply.Id, reply.AuthorId, participant.DisplayName, reply.Body, reply.BodyHtml,
            reply.CreatedAt, Accepted: false));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> AcceptAsync(
        Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db, CancellationToken cancellationToken)
    {
        var (refusal, _) = await MayDecideAsync(id, replyId, user, db, cancellationToken);
        if (refusal is not null) return refusal;
        await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.AcceptedReplyId, replyId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db, CancellationToken cancellationToken)
    {
        var (refusal, _) = await MayDecideAsync(id, replyId, user, db, cancellationToken);
        if (refusal is not null) return refusal;
        // Only if it is still this reply: withdrawing an answer that was replaced meanwhile changes nothing.
        await db.Threads.Where(t => t.Id == id && t.AcceptedReplyId == replyId)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.AcceptedReplyId, (Guid?)null), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Whether the caller may choose this question's answer: the thread visible to them, a question, theirs
    /// (or they moderate), and the reply one of its own.</summary>
    private static async Task<(Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>? Refusal, DiscussionThread? Thread)> MayDecideAsync(
        Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thread is null || !await db.Replies.AnyAsync(r => r.Id == replyId && r.ThreadId == id, cancellationToken)) return (TypedResults.NotFound(), null);
        if (thread.Kind != ThreadKind.Question)
        {
            return (TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a question has an accepted answer.",
                detail: $"This thread is a {thread.Kind}."), thread);
        }
        if (!participant.IsModerator && thread.AuthorId != participant.MemberId) return (TypedResults.Forbid(), thread);
        return (null, thread);
    }
}
