using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Replies;

/// <summary>A question's accepted answer: chosen by the asker or a moderator.</summary>
internal static class AnswersApi
{
    public static void MapAnswersApi(this IEndpointRouteBuilder routes)
    {
        var reply = routes.MapGroup("/api/discussions/{id:guid}/replies/{replyId:guid}/accept").WithTags("Discussions")
            .RequireAuthorization(NetwerkPolicies.Member);
        reply.MapPost("", AcceptAsync).WithName("AcceptAnswer")
            .WithSummary("Accept a reply as the question's answer (the asker or a moderator; questions only). Another accepted reply gives way; " +
                "the followers, the answerer among them, are told.");
        reply.MapDelete("", WithdrawAsync).WithName("WithdrawAnswer")
            .WithSummary("The reply is no longer the accepted answer (the asker or a moderator).");
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> AcceptAsync(
        Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (refusal, participant) = await MayDecideAsync(id, replyId, user, db, cancellationToken);
        if (refusal is not null) return refusal;
        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var thread = await ThreadRows.LockAsync(db, id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        // Accepting the answer that is already accepted tells nobody again.
        if (thread.AcceptedReplyId != replyId)
        {
            await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.AcceptedReplyId, replyId), cancellationToken);
            var answererId = await db.Replies.Where(r => r.Id == replyId).Select(r => r.AuthorId).FirstAsync(cancellationToken);
            var told = await db.Follows.Where(f => f.ThreadId == id && f.MemberId != participant!.MemberId).Select(f => f.MemberId).ToListAsync(cancellationToken);
            if (answererId is { } answerer && answerer != participant!.MemberId && !told.Contains(answerer)) told.Add(answerer);
            db.AddIntegrationEvent(new AnswerAccepted(Guid.CreateVersion7(now), now, ThreadDetailsOf.Of(thread), replyId, answererId, told));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
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
    private static async Task<(Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>? Refusal, Participant? Participant)> MayDecideAsync(
        Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thread is null || !await db.Replies.AnyAsync(r => r.Id == replyId && r.ThreadId == id && r.DeletedAt == null, cancellationToken))
        {
            return (TypedResults.NotFound(), null);
        }
        if (thread.Kind != ThreadKind.Question)
        {
            return (TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a question has an accepted answer.",
                detail: $"This thread is a {thread.Kind}."), participant);
        }
        if (!participant.IsModerator && thread.AuthorId != participant.MemberId) return (TypedResults.Forbid(), participant);
        return (null, participant);
    }
}
