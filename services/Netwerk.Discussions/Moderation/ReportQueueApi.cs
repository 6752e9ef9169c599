using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Text;

namespace Netwerk.Discussions.Moderation;

/// <summary>`GET /api/discussions/reports`: the moderators' queue.</summary>
internal static class ReportQueueApi
{
    private const int ExcerptLength = 300;

    public static void MapReportQueueApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/discussions/reports", ListAsync).WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Moderator)
            .WithName("ListReportedPosts").WithSummary("Reported posts with open reports, the longest waiting first (moderators).");

    private static async Task<Results<Ok<Page<ReportedPost>>, ValidationProblem>> ListAsync(DiscussionsDbContext db, int? limit, string? cursor,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var offset = (int)(page.After?.Key ?? 0);
        var posts = await db.Reports.Where(r => r.DecidedAt == null)
            .GroupBy(r => new { r.ThreadId, r.ReplyId })
            .Select(g => new { g.Key.ThreadId, g.Key.ReplyId, Count = g.Count(), First = g.Min(r => r.CreatedAt) })
            .OrderBy(p => p.First).ThenBy(p => p.ThreadId)
            .Skip(offset).Take(page.Limit + 1)
            .ToListAsync(cancellationToken);
        var threadIds = posts.Select(p => p.ThreadId).Distinct().ToList();
        var replyIds = posts.Where(p => p.ReplyId != null).Select(p => p.ReplyId!.Value).ToList();
        var threads = await db.Threads.Where(t => threadIds.Contains(t.Id)).Select(t => new { t.Id, t.Title, t.Body, t.HiddenAt })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var replies = await db.Replies.Where(r => replyIds.Contains(r.Id)).Select(r => new { r.Id, r.Body, r.HiddenAt }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var reasons = await db.Reports.Where(r => r.DecidedAt == null && threadIds.Contains(r.ThreadId)).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.ThreadId, r.ReplyId, r.Reason }).ToListAsync(cancellationToken);
        var rows = posts.Select((p, i) =>
        {
            var thread = threads[p.ThreadId];
            var (body, hidden) = p.ReplyId is { } reply ? (replies[reply].Body, replies[reply].HiddenAt != null) : (thread.Body, thread.HiddenAt != null);
            var excerpt = SafeMarkdown.ToPlainText(body);
            return (Position: offset + i + 1, Post: new ReportedPost(p.ThreadId, thread.Title, p.ReplyId,
                excerpt.Length <= ExcerptLength ? excerpt : excerpt[..(ExcerptLength - 1)] + "…", hidden, p.Count,
                [.. reasons.Where(r => r.ThreadId == p.ThreadId && r.ReplyId == p.ReplyId).Select(r => r.Reason)], p.First));
        }).ToList();
        return TypedResults.Ok(page.ToPage(rows, r => new PageCursor(r.Position, r.Post.ThreadId), r => r.Post));
    }
}
