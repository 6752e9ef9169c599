using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Mentions;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Replies;

/// <summary>The author (or a moderator) changes or deletes a reply.</summary>
internal static class ReplyChangesApi
{
    public static void MapReplyChangesApi(this IEndpointRouteBuilder routes)
    {
        var reply = routes.MapGroup("/api/discussions/{id:guid}/replies/{replyId:guid}").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        reply.MapPatch("", ChangeAsync).WithName("ChangeReply")
            .WithSummary("Change a reply's text (its author or a moderator; not in a locked thread); it then shows \"bewerkt\" with the time.");
        reply.MapDelete("", DeleteAsync).WithName("DeleteReply")
            .WithSummary("Delete a reply (its author or a moderator); an accepted answer that is deleted leaves the question open.");
    }

    private static async Task<Results<Ok<ReplyView>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> ChangeAsync(
        Guid id, Guid replyId, ReplyInput input, ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        var reply = thread is null ? null : await db.Replies.FirstOrDefaultAsync(r => r.Id == replyId && r.ThreadId == id && r.DeletedAt == null, cancellationToken);
        if (thread is null || reply is null) return TypedResults.NotFound();
        if (!participant.MayEdit(reply.AuthorId)) return TypedResults.Forbid();
        var errors = input.Check();
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (thread.Locked && !participant.IsModerator) return ThreadLocked.Answer();

        var now = clock.Now();
        var before = Mentions.Mentions.In(reply.Body);
        reply.Body = input.Body!.Trim();
        var rendered = await RenderedPost.RenderAsync(db, reply.Body, thread.GroupId, participant.MemberId, cancellationToken);
        reply.BodyHtml = rendered.Html;
        reply.EditedAt = now;
        var newlyMentioned = rendered.Mentioned.Except(before).ToList();
        if (newlyMentioned.Count > 0)
        {
            db.AddIntegrationEvent(new MemberMentioned(Guid.CreateVersion7(now), now, ThreadDetailsOf.Of(thread), reply.Id, participant.DisplayName,
                newlyMentioned));
        }
        if (participant.Moderates(reply.AuthorId))
        {
            db.AddAuditEntry(AuditActor.Of(context), "reply.changed", new AuditTarget("thread", thread.Id.ToString(), thread.Title), now, $"reactie {reply.Id}");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ThreadRows.RebuildRepliesTextAsync(db, id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var name = await db.KnownMembers.Where(m => m.MemberId == reply.AuthorId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var marked = await db.HelpfulMarks.AnyAsync(h => h.ReplyId == replyId && h.MemberId == participant.MemberId, cancellationToken);
        return TypedResults.Ok(new ReplyView(reply.Id, reply.AuthorId, AuthorNames.Of(reply.AuthorId, name), reply.Body, reply.BodyHtml, reply.CreatedAt,
            reply.EditedAt, thread.AcceptedReplyId == reply.Id, reply.HelpfulCount, marked, reply.HiddenAt != null, reply.ReplyToId));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeleteAsync(Guid id, Guid replyId, ClaimsPrincipal user,
        HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var title = await participant.Visible(db).Where(t => t.Id == id).Select(t => t.Title).FirstOrDefaultAsync(cancellationToken);
        if (title is null) return TypedResults.NotFound();
        var authorId = await db.Replies.Where(r => r.Id == replyId && r.ThreadId == id && r.DeletedAt == null)
            .Select(r => new { r.AuthorId }).FirstOrDefaultAsync(cancellationToken);
        if (authorId is null) return TypedResults.NotFound();
        if (!participant.MayEdit(authorId.AuthorId)) return TypedResults.Forbid();

        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Of two deletions at once one finds the reply, so the count drops once.
        var deleted = await db.Replies.Where(r => r.Id == replyId && r.DeletedAt == null).ExecuteUpdateAsync(r => r.SetProperty(x => x.DeletedAt, now), cancellationToken);
        if (deleted > 0)
        {
            await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.ReplyCount, x => x.ReplyCount - 1), cancellationToken);
            await db.Threads.Where(t => t.Id == id && t.AcceptedReplyId == replyId)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.AcceptedReplyId, (Guid?)null), cancellationToken);
            await ThreadRows.RebuildRepliesTextAsync(db, id, cancellationToken);
            if (participant.Moderates(authorId.AuthorId))
            {
                db.AddAuditEntry(AuditActor.Of(context), "reply.deleted", new AuditTarget("thread", id.ToString(), title), now, $"reactie {replyId}");
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
