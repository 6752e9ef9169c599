using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.RateLimiting;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Moderation;

/// <summary>Members report a thread or reply; moderators are told. A post reported by <see cref="HiddenAfter"/>
/// different members is hidden until a moderator decides: hide it for good or show it again.</summary>
internal static class ReportsApi
{
    public const int HiddenAfter = 3;

    public static void MapReportsApi(this IEndpointRouteBuilder routes)
    {
        var thread = routes.MapGroup("/api/discussions/{id:guid}").WithTags("Discussions");
        thread.MapPost("/report", (Guid id, ReportInput input, ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, RedisRateLimiter limiter,
                TimeProvider clock, CancellationToken ct) => ReportAsync(id, null, input, user, context, db, limiter, clock, ct))
            .RequireAuthorization(NetwerkPolicies.Member).WithName("ReportThread")
            .WithSummary("Report the thread to the moderators; reported by 3 different members it is hidden until a moderator decides.");
        thread.MapPost("/replies/{replyId:guid}/report", (Guid id, Guid replyId, ReportInput input, ClaimsPrincipal user, HttpContext context,
                DiscussionsDbContext db, RedisRateLimiter limiter, TimeProvider clock, CancellationToken ct) =>
                ReportAsync(id, replyId, input, user, context, db, limiter, clock, ct))
            .RequireAuthorization(NetwerkPolicies.Member).WithName("ReportReply")
            .WithSummary("Report a reply to the moderators; reported by 3 different members it is hidden until a moderator decides.");
        thread.MapPost("/hide", (Guid id, HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken ct) =>
                DecideAsync(id, null, hide: true, context, db, clock, ct))
            .RequireAuthorization(NetwerkPolicies.Moderator).WithName("HideThread")
            .WithSummary("Hide the thread (moderators): only moderators and its author still see it; its open reports are decided.");
        thread.MapPost("/restore", (Guid id, HttpContext context, DiscussionsDbContext db, TimeProvider clock, CancellationToken ct) =>
                DecideAsync(id, null, hide: false, context, db, clock, ct))
            .RequireAuthorization(NetwerkPolicies.Moderator).WithName("RestoreThread")
            .WithSummary("Show the thread again (moderators); its open reports are decided.");
        thread.MapPost("/replies/{replyId:guid}/hide", (Guid id, Guid replyId, HttpContext context, DiscussionsDbContext db, TimeProvider clock,
                CancellationToken ct) => DecideAsync(id, replyId, hide: true, context, db, clock, ct))
            .RequireAuthorization(NetwerkPolicies.Moderator).WithName("HideReply").WithSummary("Hide a reply (moderators); its open reports are decided.");
        thread.MapPost("/replies/{replyId:guid}/restore", (Guid id, Guid replyId, HttpContext context, DiscussionsDbContext db, TimeProvider clock,
                CancellationToken ct) => DecideAsync(id, replyId, hide: false, context, db, clock, ct))
            .RequireAuthorization(NetwerkPolicies.Moderator).WithName("RestoreReply").WithSummary("Show a reply again (moderators); its open reports are decided.");
    }

    private static async Task<Results<Accepted, ValidationProblem, NotFound, ProblemHttpResult>> ReportAsync(Guid id, Guid? replyId, ReportInput input,
        ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, RedisRateLimiter limiter, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        if (replyId is { } reply && !await db.Replies.AnyAsync(r => r.Id == reply && r.ThreadId == id && r.DeletedAt == null, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var errors = input.Check();
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await limiter.RetryAfterAsync(Posting.RateLimits.Reports, $"member:{participant.MemberId:N}") is { } wait) return TooManyRequests.Answer(context, wait);

        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked first: of three reports at once, the one that comes last counts all three and hides the post.
        var thread = await ThreadRows.LockAsync(db, id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        var reason = input.Reason!.Trim();
        var added = await db.KeepFirstAsync([new Report
        {
            Id = Guid.CreateVersion7(now), ThreadId = id, ReplyId = replyId, ReporterId = participant.MemberId, Reason = reason, CreatedAt = now,
        }], cancellationToken);
        if (added > 0)
        {
            var reporters = await db.Reports.CountAsync(r => r.ThreadId == id && r.ReplyId == replyId && r.DecidedAt == null, cancellationToken);
            var hidden = reporters >= HiddenAfter && await HideAsync(db, id, replyId, now, cancellationToken) > 0;
            db.AddIntegrationEvent(new ContentReported(Guid.CreateVersion7(now), now, id, thread.Title, replyId, reason, hidden));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<NoContent, NotFound>> DecideAsync(Guid id, Guid? replyId, bool hide, HttpContext context, DiscussionsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await ThreadRows.LockAsync(db, id, cancellationToken) is not { } thread) return TypedResults.NotFound();
        var found = hide
            ? await HideAsync(db, id, replyId, now, cancellationToken, alreadyHidden: true)
            : replyId is { } reply
                ? await db.Replies.Where(r => r.Id == reply && r.ThreadId == id && r.DeletedAt == null)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.HiddenAt, (DateTimeOffset?)null), cancellationToken)
                : await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.HiddenAt, (DateTimeOffset?)null), cancellationToken);
        if (found == 0) return TypedResults.NotFound();
        await db.Reports.Where(r => r.ThreadId == id && r.ReplyId == replyId && r.DecidedAt == null)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.DecidedAt, now), cancellationToken);
        if (replyId is not null) await ThreadRows.RebuildRepliesTextAsync(db, id, cancellationToken);
        var action = (replyId is null ? "thread." : "reply.") + (hide ? "hidden" : "restored");
        db.AddAuditEntry(AuditActor.Of(context), action, ModerationTargets.Thread(thread), now, replyId is { } shown ? $"reactie {shown}" : null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Hides the thread or reply; how many rows it found (with <paramref name="alreadyHidden"/>, also one that
    /// was hidden before, which keeps its time).</summary>
    private static async Task<int> HideAsync(DiscussionsDbContext db, Guid id, Guid? replyId, DateTimeOffset now, CancellationToken cancellationToken,
        bool alreadyHidden = false)
    {
        if (replyId is { } reply)
        {
            var replies = db.Replies.Where(r => r.Id == reply && r.ThreadId == id && r.DeletedAt == null && (alreadyHidden || r.HiddenAt == null));
            var hidden = await replies.ExecuteUpdateAsync(r => r.SetProperty(x => x.HiddenAt, x => x.HiddenAt ?? now), cancellationToken);
            if (hidden > 0) await ThreadRows.RebuildRepliesTextAsync(db, id, cancellationToken);
            return hidden;
        }
        return await db.Threads.Where(t => t.Id == id && (alreadyHidden || t.HiddenAt == null))
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.HiddenAt, x => x.HiddenAt ?? now), cancellationToken);
    }
}
