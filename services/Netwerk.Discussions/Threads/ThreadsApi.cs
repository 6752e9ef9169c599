using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Follows;
using Netwerk.Discussions.Links;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Mentions;
using Netwerk.Discussions.Posting;
using Netwerk.Discussions.Search;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.RateLimiting;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Threads;

internal static class ThreadsApi
{
    public static void MapThreadsApi(this IEndpointRouteBuilder routes)
    {
        var threads = routes.MapGroup("/api/discussions").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        threads.MapPost("", StartAsync).WithName("StartThread")
            .WithSummary("Start a question, discussion or need, network-wide or in a working group the caller belongs to; the author follows it. `documentIds` and `eventIds` (at most 5 each) say which documents the caller can see and which network events it is about.");
        threads.MapGet("", ListAsync).WithName("ListThreads")
            .WithSummary("Threads the caller may see, the most recently active first (`sort=new`: newest, `sort=votes`: most votes); `q` searches " +
                "titles, bodies and replies (Dutch, ranked, `<mark>` snippets); `kind`, `groupId`, `tag`, `theme`, `authorId`, `status` (needs) and " +
                "`unanswered=true` (questions without an accepted answer), `inMyGroups=true` (threads of the caller's working groups), `documentId` and " +
                "`eventId` (threads about that document or event) narrow it.");
        threads.MapGet("/{id:guid}", GetAsync).WithName("GetThread")
            .WithSummary("A thread with its replies: for a question the accepted answer first, then the others oldest first; the ETag serves If-Match.");
    }

    private static async Task<Results<Created<ThreadView>, ValidationProblem, ForbidHttpResult, ProblemHttpResult>> StartAsync(
        ThreadInput input, ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, PostingLimits limits, TimeProvider clock,
        CancellationToken cancellationToken)
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
        var documentIds = ThreadLinks.Clean(input.DocumentIds);
        var eventIds = ThreadLinks.Clean(input.EventIds);
        await ThreadLinks.CheckAsync(db, participant, documentIds, eventIds, errors, cancellationToken);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await limits.StartThreadAsync(participant, cancellationToken) is { } wait) return TooManyRequests.Answer(context, wait);

        var now = clock.Now();
        var body = input.Body!.Trim();
        var rendered = await RenderedPost.RenderAsync(db, body, input.GroupId, participant.MemberId, cancellationToken);
        var sector = await db.MemberProfiles.Where(p => p.MemberId == participant.MemberId).Select(p => p.Sector).FirstOrDefaultAsync(cancellationToken);
        var thread = new DiscussionThread
        {
            Id = Guid.CreateVersion7(now),
            Kind = input.Kind!,
            Title = input.Title!.Trim(),
            Body = body,
            BodyHtml = rendered.Html,
            Tags = ThreadFields.CleanTags(input.Tags),
            Theme = ThreadFields.CleanTheme(input.Theme),
            Status = input.Kind == ThreadKind.Need ? NeedStatus.New : null,
            GroupId = input.GroupId,
            DocumentIds = documentIds,
            EventIds = eventIds,
            Sector = sector,
            AuthorId = participant.MemberId,
            CreatedAt = now,
            LastActivityAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.KeepNewestAsync([participant.ToKnownMember()], cancellationToken);
        db.Threads.Add(thread);
        db.Follows.Add(new Follow { ThreadId = thread.Id, MemberId = participant.MemberId, Since = now });
        var details = thread.Kind == ThreadKind.Need ? await ThreadDetailsOf.ForPartnersAsync(db, thread, cancellationToken) : ThreadDetailsOf.Of(thread);
        db.AddIntegrationEvent(new ThreadStarted(Guid.CreateVersion7(now), now, details));
        if (rendered.Mentioned.Count > 0)
        {
            db.AddIntegrationEvent(new MemberMentioned(Guid.CreateVersion7(now), now, details, null, participant.DisplayName, rendered.Mentioned));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        context.Response.Headers.ETag = ThreadViews.ETag(thread);
        return TypedResults.Created($"/api/discussions/{thread.Id}", await ThreadViews.ViewAsync(db, thread, participant, cancellationToken));
    }

    private static async Task<Results<Ok<Page<ThreadSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, DiscussionsDbContext db, string? q, string? kind, Guid? groupId, string? tag, string? theme, Guid? authorId,
        string? status, bool? unanswered, bool? inMyGroups, Guid? documentId, Guid? eventId, string? sort, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        errors.Require(kind is null || ThreadKind.All.Contains(kind), "kind", $"One of: {string.Join(", ", ThreadKind.All)}.");
        errors.Require(status is null || NeedStatus.All.Contains(status), "status", $"One of: {string.Join(", ", NeedStatus.All)}.");
        errors.Require(sort is null || ThreadQuery.Sorts.Contains(sort), "sort", $"One of: {string.Join(", ", ThreadQuery.Sorts)}.");
        errors.Require(tag is null || tag.Length <= DiscussionThreadConfiguration.TagLength, "tag", $"At most {DiscussionThreadConfiguration.TagLength} characters.");
        ThreadFields.CheckTheme(theme, errors);
        var query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        errors.Require(query is null || query.Length <= 200, "q", "At most 200 characters.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var participant = Participant.From(user);
        var filters = new ThreadQuery.Filters(query, kind, groupId, string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().ToLowerInvariant(),
            ThreadFields.CleanTheme(theme), authorId, status, unanswered == true, sort ?? ThreadQuery.ByActivity, documentId, eventId);
        var listed = participant.Listed(db);
        if (inMyGroups == true)
        {
            listed = listed.Where(t => t.GroupId != null && db.GroupMembers.Any(m => m.GroupId == t.GroupId && m.MemberId == participant.MemberId));
        }
        return TypedResults.Ok(await ThreadQuery.RunAsync(db, listed, filters, page, cancellationToken));
    }

    private static async Task<Results<Ok<ThreadView>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var thread = await participant.Visible(db).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (thread is null) return TypedResults.NotFound();
        context.Response.Headers.ETag = ThreadViews.ETag(thread);
        return TypedResults.Ok(await ThreadViews.ViewAsync(db, thread, participant, cancellationToken));
    }
}
