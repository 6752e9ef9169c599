using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Messaging.Copies;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Replies;

/// <summary>"Dit hielp me" on a reply: one mark per member; who can help reads them.</summary>
internal static class HelpfulApi
{
    public static void MapHelpfulApi(this IEndpointRouteBuilder routes)
    {
        var helpful = routes.MapGroup("/api/discussions/{id:guid}/replies/{replyId:guid}/helpful").WithTags("Discussions")
            .RequireAuthorization(NetwerkPolicies.Member);
        helpful.MapPut("", MarkAsync).WithName("MarkHelpful").WithSummary("Mark a reply helpful: one mark per member; again changes nothing.");
        helpful.MapDelete("", UnmarkAsync).WithName("UnmarkHelpful").WithSummary("Take the caller's helpful mark back.");
    }

    private static async Task<Results<NoContent, NotFound>> MarkAsync(Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, replyId, user, db, cancellationToken)) return TypedResults.NotFound();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The mark's key decides: of two marks at once, one row is written and one count added.
        var marked = await db.KeepFirstAsync([new HelpfulMark { ReplyId = replyId, MemberId = NetwerkClaims.MemberId(user), MarkedAt = clock.Now() }],
            cancellationToken);
        if (marked > 0) await db.Replies.Where(r => r.Id == replyId).ExecuteUpdateAsync(r => r.SetProperty(x => x.HelpfulCount, x => x.HelpfulCount + marked), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> UnmarkAsync(Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db,
        CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(id, replyId, user, db, cancellationToken)) return TypedResults.NotFound();
        var memberId = NetwerkClaims.MemberId(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.HelpfulMarks.Where(h => h.ReplyId == replyId && h.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0) await db.Replies.Where(r => r.Id == replyId).ExecuteUpdateAsync(r => r.SetProperty(x => x.HelpfulCount, x => x.HelpfulCount - removed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<bool> ExistsAsync(Guid id, Guid replyId, ClaimsPrincipal user, DiscussionsDbContext db, CancellationToken cancellationToken) =>
        await Participant.From(user).Visible(db).AnyAsync(t => t.Id == id, cancellationToken)
        && await db.Replies.AnyAsync(r => r.Id == replyId && r.ThreadId == id && r.DeletedAt == null && r.HiddenAt == null, cancellationToken);
}
