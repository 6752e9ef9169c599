using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Copies;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Votes;

internal static class VotesApi
{
    public static void MapVotesApi(this IEndpointRouteBuilder routes)
    {
        var vote = routes.MapGroup("/api/discussions/{id:guid}/vote").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        vote.MapPut("", CastAsync).WithName("Vote").WithSummary("\"Ik heb deze vraag ook\" / \"dit wil ik ook\": one vote per member; again changes nothing.");
        vote.MapDelete("", WithdrawAsync).WithName("WithdrawVote").WithSummary("Take the caller's vote back.");
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> CastAsync(Guid id, ClaimsPrincipal user, DiscussionsDbContext db,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locked first, so that a vote and a merge of this thread do not cross (the merge moves the votes it sees).
        var thread = await ThreadRows.LockAsync(db, id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        if (thread.MergedIntoId is { } original)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This thread was merged into another.",
                detail: $"Vote on the original: /api/discussions/{original}.");
        }
        // The vote's key decides: of two votes at once, one row is written and one count added.
        var cast = await db.KeepFirstAsync([new Vote { ThreadId = id, MemberId = participant.MemberId, CastAt = clock.Now() }], cancellationToken);
        if (cast > 0) await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.VoteCount, x => x.VoteCount + cast), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> WithdrawAsync(Guid id, ClaimsPrincipal user, DiscussionsDbContext db,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var withdrawn = await db.Votes.Where(v => v.ThreadId == id && v.MemberId == participant.MemberId).ExecuteDeleteAsync(cancellationToken);
        if (withdrawn > 0) await db.Threads.Where(t => t.Id == id).ExecuteUpdateAsync(t => t.SetProperty(x => x.VoteCount, x => x.VoteCount - withdrawn), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
