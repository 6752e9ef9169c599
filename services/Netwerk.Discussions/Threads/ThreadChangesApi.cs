using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Links;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Mentions;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Concurrency;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Threads;

/// <summary>The author (or a moderator) changes or deletes a thread.</summary>
internal static class ThreadChangesApi
{
    public static void MapThreadChangesApi(this IEndpointRouteBuilder routes)
    {
        var thread = routes.MapGroup("/api/discussions/{id:guid}").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        thread.MapPatch("", ChangeAsync).WithName("ChangeThread")
            .WithSummary("Change the title, body, tags, theme or the documents and events it is about (the author or a moderator); If-Match with the ETag guards against lost updates. " +
                "The thread then shows \"bewerkt\" with the time.");
        thread.MapDelete("", DeleteAsync).WithName("DeleteThread")
            .WithSummary("Delete the thread (the author or a moderator): it leaves every list, search and page.");
    }

    private static async Task<Results<Ok<ThreadView>, ValidationProblem, NotFound, ForbidHttpResult, ProblemHttpResult>> ChangeAsync(
        Guid id, ThreadPatch patch, ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        if (!participant.MayEdit(thread.AuthorId)) return TypedResults.Forbid();
        var errors = patch.Check();
        var documentIds = patch.DocumentIds is null ? thread.DocumentIds : ThreadLinks.Clean(patch.DocumentIds);
        var eventIds = patch.EventIds is null ? thread.EventIds : ThreadLinks.Clean(patch.EventIds);
        await ThreadLinks.CheckAsync(db, participant, patch.DocumentIds is null ? [] : documentIds, patch.EventIds is null ? [] : eventIds, errors,
            cancellationToken);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (!IfMatch.Allows(context.Request, ThreadViews.ETag(thread)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The thread changed since it was read.",
                detail: $"Its current ETag is {ThreadViews.ETag(thread)}; read it again and repeat your change.");
        }

        var now = clock.Now();
        var before = Mentions.Mentions.In(thread.Body);
        IReadOnlyList<Guid> newlyMentioned = [];
        if (patch.Title is not null) thread.Title = patch.Title.Trim();
        if (patch.Body is not null)
        {
            thread.Body = patch.Body.Trim();
            var rendered = await RenderedPost.RenderAsync(db, thread.Body, thread.GroupId, participant.MemberId, cancellationToken);
            thread.BodyHtml = rendered.Html;
            newlyMentioned = [.. rendered.Mentioned.Except(before)];
        }
        if (patch.Tags is not null) thread.Tags = ThreadFields.CleanTags(patch.Tags);
        if (patch.Theme is not null) thread.Theme = ThreadFields.CleanTheme(patch.Theme);
        thread.DocumentIds = documentIds;
        thread.EventIds = eventIds;
        thread.EditedAt = now;
        thread.Version++;
        var details = ThreadDetailsOf.Of(thread);
        db.AddIntegrationEvent(new ThreadUpdated(Guid.CreateVersion7(now), now, details));
        if (newlyMentioned.Count > 0)
        {
            db.AddIntegrationEvent(new MemberMentioned(Guid.CreateVersion7(now), now, details, null, participant.DisplayName, newlyMentioned));
        }
        if (participant.Moderates(thread.AuthorId))
        {
            db.AddAuditEntry(AuditActor.Of(context), "thread.changed", new AuditTarget("thread", thread.Id.ToString(), thread.Title), now);
        }
        // The version is the concurrency token: of two changes read from one version, the second stores nothing (409).
        await db.SaveChangesAsync(cancellationToken);
        context.Response.Headers.ETag = ThreadViews.ETag(thread);
        return TypedResults.Ok(await ThreadViews.ViewAsync(db, thread, participant, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeleteAsync(Guid id, ClaimsPrincipal user, HttpContext context,
        DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        if (!participant.MayEdit(thread.AuthorId)) return TypedResults.Forbid();
        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Threads.Where(t => t.Id == id && t.DeletedAt == null).ExecuteUpdateAsync(t => t.SetProperty(x => x.DeletedAt, now), cancellationToken);
        if (deleted > 0)
        {
            db.AddIntegrationEvent(new ThreadDeleted(Guid.CreateVersion7(now), now, id));
            if (participant.Moderates(thread.AuthorId))
            {
                db.AddAuditEntry(AuditActor.Of(context), "thread.deleted", new AuditTarget("thread", thread.Id.ToString(), thread.Title), now);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
