using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Moderation;

/// <summary>What moderators do to threads: lock and unlock, move a need through its steps, merge a duplicate.</summary>
internal static class ModerationApi
{
    public static void MapModerationApi(this IEndpointRouteBuilder routes)
    {
        var thread = routes.MapGroup("/api/discussions/{id:guid}").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Moderator);
        thread.MapPost("/lock", (Guid id, HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken ct) =>
                SetLockedAsync(id, true, context, db, clock, ct)).WithName("LockThread")
            .WithSummary("Close the thread for replies (moderators).");
        thread.MapPost("/unlock", (Guid id, HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken ct) =>
                SetLockedAsync(id, false, context, db, clock, ct)).WithName("UnlockThread")
            .WithSummary("Open the thread for replies again (moderators).");
        thread.MapPost("/status", ChangeStatusAsync).WithName("ChangeNeedStatus")
            .WithSummary("Move a need to a step (new, under-review, planned, done, declined) with a public note; its voters are told (moderators).");
        thread.MapPost("/merge", MergeAsync).WithName("MergeThread")
            .WithSummary("Close a duplicate into its original: its votes and followers move there (one vote per member), its voters are told (moderators).");
    }

    private static async Task<Results<NoContent, NotFound>> SetLockedAsync(Guid id, bool locked, HttpContext context, DiscussionsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var thread = await ThreadRows.LockAsync(db, id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        // Locking a locked thread again is no action of its own: nothing changes and nothing is logged.
        if (thread.Locked == locked) return TypedResults.NoContent();
        await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.Locked, locked), cancellationToken);
        db.AddAuditEntry(AuditActor.Of(context), locked ? "thread.locked" : "thread.unlocked", ModerationTargets.Thread(thread), clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(Guid id, StatusInput input,
        HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = input.Check();
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var now = clock.Now();
        var note = input.Note!.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var thread = await ThreadRows.LockAsync(db, id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        if (thread.Kind != ThreadKind.Need)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a need has a status.", detail: $"This thread is a {thread.Kind}.");
        }
        // The same step with the same note twice (a double click) is one step.
        if (thread.Status == input.Status && thread.StatusNote == note) return TypedResults.NoContent();
        await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.Status, input.Status).SetProperty(x => x.StatusNote, note).SetProperty(x => x.LastActivityAt, now), cancellationToken);
        db.NeedStatusSteps.Add(new NeedStatusStep { Id = Guid.CreateVersion7(now), ThreadId = id, Status = input.Status!, Note = note, ChangedAt = now });
        var voters = await db.Votes.Where(v => v.ThreadId == id).Select(v => v.MemberId).ToListAsync(cancellationToken);
        thread.Status = input.Status;
        db.AddIntegrationEvent(new NeedStatusChanged(Guid.CreateVersion7(now), now,
            await ThreadDetailsOf.ForPartnersAsync(db, thread, cancellationToken), input.Status!, note, thread.VoteCount, voters));
        db.AddAuditEntry(AuditActor.Of(context), "need.status_changed", ModerationTargets.Thread(thread), now, $"{input.Status}: {note}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> MergeAsync(Guid id, MergeInput input,
        HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (input.IntoId is not { } intoId || intoId == id)
        {
            return TypedResults.ValidationProblem(new FieldErrors().Add("intoId", "Required: the id of the original, another thread.").ToDictionary());
        }
        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Both rows locked in id order: votes on either wait, and two merges of the same pair cannot deadlock.
        var rows = await ThreadRows.LockAsync(db, [id, intoId], cancellationToken);
        var duplicate = rows.FirstOrDefault(t => t.Id == id);
        var original = rows.FirstOrDefault(t => t.Id == intoId);
        if (duplicate is null) return TypedResults.NotFound();
        if (original is null) return TypedResults.ValidationProblem(new FieldErrors().Add("intoId", "No thread has this id.").ToDictionary());
        if (duplicate.MergedIntoId is not null || original.MergedIntoId is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "One of the two threads was merged already.",
                detail: "Merge into the thread it points to.");
        }
        if (original.GroupId is { } group && duplicate.GroupId != group)
        {
            return TypedResults.ValidationProblem(new FieldErrors()
                .Add("intoId", "A group's thread takes in only threads of the same group: others could not see where their votes went.").ToDictionary());
        }

        var voters = await db.Votes.Where(v => v.ThreadId == id).Select(v => v.MemberId).ToListAsync(cancellationToken);
        // A member who voted on both keeps one vote: the original's row stays, the duplicate's goes.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO votes (thread_id, member_id, cast_at) SELECT {intoId}, member_id, cast_at FROM votes WHERE thread_id = {id} ON CONFLICT DO NOTHING",
            cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO follows (thread_id, member_id, since) SELECT {intoId}, member_id, since FROM follows WHERE thread_id = {id} ON CONFLICT DO NOTHING",
            cancellationToken);
        await db.Votes.Where(v => v.ThreadId == id).ExecuteDeleteAsync(cancellationToken);
        var votes = await db.Votes.CountAsync(v => v.ThreadId == intoId, cancellationToken);
        await db.Threads.Where(t => t.Id == intoId).ExecuteUpdateAsync(t => t.SetProperty(x => x.VoteCount, votes).SetProperty(x => x.LastActivityAt, now),
            cancellationToken);
        await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.MergedIntoId, intoId).SetProperty(x => x.Locked, true).SetProperty(x => x.VoteCount, 0), cancellationToken);
        original.VoteCount = votes;
        db.AddIntegrationEvent(new ThreadsMerged(Guid.CreateVersion7(now), now, id, duplicate.Title, ThreadDetailsOf.Of(original), voters));
        db.AddAuditEntry(AuditActor.Of(context), "thread.merged", ModerationTargets.Thread(duplicate), now, $"samengevoegd met {original.Title} ({original.Id})");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
