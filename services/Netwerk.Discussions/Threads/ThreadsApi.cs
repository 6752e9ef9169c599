using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Search;
using Netwerk.Messaging.Copies;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Text;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Threads;

internal static class ThreadsApi
{
    public static void MapThreadsApi(this IEndpointRouteBuilder routes)
    {
        var threads = routes.MapGroup("/api/discussions").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        threads.MapPost("", StartAsync).WithName("StartThread")
            .WithSummary("Start a question, discussion or need, network-wide or in a working group the caller belongs to.");
        threads.MapGet("", ListAsync).WithName("ListThreads")
            .WithSummary("Threads the caller may see, the most recently active first; `q` searches titles, bodies and replies (Dutch, " +
                "ranked, `<mark>` snippets); `kind`, `groupId`, `unanswered=true` (questions without an accepted answer) narrow it.");
        threads.MapGet("/{id:guid}", GetAsync).WithName("GetThread")
            .WithSummary("A thread with its replies: for a question the accepted answer first, then the others oldest first.");
    }

    private static async Task<Results<Created<ThreadView>, ValidationProblem, ForbidHttpResult>> StartAsync(
        ThreadInput input, ClaimsPrincipal user, DiscussionsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var errors = input.Check();
        if (input.GroupId is { } groupId)
        {
            if (!await db.KnownGroups.AnyAsync(g => g.Id == groupId, cancellationToken)) errors.Add("groupId", "No working group has this id.");
            else if (!participant.IsModerator && !await db.GroupMembers.AnyAsync(m => m.GroupId == groupId && m.MemberId == participant.MemberId, cancellationToken))
            {
                return TypedResults.Forbid();
            }
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var now = clock.Now();
        var body = input.Body!.Trim();
        var thread = new DiscussionThread
        {
            Id = Guid.CreateVersion7(now),
            Kind = input.Kind!,
            Title = input.Title!.Trim(),
            Body = body,
            BodyHtml = SafeMarkdown.ToSafeHtml(body),
            GroupId = input.GroupId,
            AuthorId = participant.MemberId,
            CreatedAt = now,
            LastActivityAt = now,
        };
        await db.KeepNewestAsync([participant.ToKnownMember()], cancellationToken);
        db.Threads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/discussions/{thread.Id}", await ViewAsync(db, thread, participant, cancellationToken));
    }

    private static async Task<Results<Ok<Page<ThreadSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, DiscussionsDbContext db, string? q, string? kind, Guid? groupId, bool? unanswered, int? limit, string? cursor,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        errors.Require(kind is null || ThreadKind.All.Contains(kind), "kind", $"One of: {string.Join(", ", ThreadKind.All)}.");
        var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        errors.Require(query is null || query.Length <= 200, "q", "At most 200 characters.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var participant = Participant.From(user);
        return TypedResults.Ok(await ThreadQuery.RunAsync(db, participant.Visible(db), new ThreadQuery.Filters(query, kind, groupId, unanswered == true),
            page, cancellationToken));
    }

    private static async Task<Results<Ok<ThreadView>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, DiscussionsDbContext db,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        return thread is null ? TypedResults.NotFound() : TypedResults.Ok(await ViewAsync(db, thread, participant, cancellationToken));
    }

    /// <summary>The thread as its page shows it. A thread with thousands of replies is for a later page size; the network's
    /// threads have tens.</summary>
    internal static async Task<ThreadView> ViewAsync(DiscussionsDbContext db, DiscussionThread thread, Participant participant,
        CancellationToken cancellationToken)
    {
        var replies = await db.Replies.AsNoTracking().Where(r => r.ThreadId == thread.Id).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new { Reply = r, Name = db.KnownMembers.Where(m => m.MemberId == r.AuthorId).Select(m => m.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var authorName = await db.KnownMembers.Where(m => m.MemberId == thread.AuthorId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var voted = await db.Votes.AnyAsync(v => v.ThreadId == thread.Id && v.MemberId == participant.MemberId, cancellationToken);
        var views = replies
            .Select(r => new ReplyView(r.Reply.Id, r.Reply.AuthorId, AuthorNames.Of(r.Reply.AuthorId, r.Name), r.Reply.Body, r.Reply.BodyHtml,
                r.Reply.CreatedAt, r.Reply.Id == thread.AcceptedReplyId))
            .OrderByDescending(r => r.Accepted).ToList();
        return new ThreadView(thread.Id, thread.Kind, thread.Title, thread.Body, thread.BodyHtml, thread.GroupId, thread.AuthorId,
            AuthorNames.Of(thread.AuthorId, authorName), thread.CreatedAt, thread.LastActivityAt, thread.ReplyCount, thread.VoteCount, voted,
            thread.AcceptedReplyId, views);
    }
}
