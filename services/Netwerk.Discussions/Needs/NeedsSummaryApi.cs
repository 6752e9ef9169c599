using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Discussions.Needs;

/// <summary>The needs summary: network-wide needs only (a group's stay in the group), none deleted, hidden or merged
/// away, and every count below three written as "&lt;3".</summary>
internal static class NeedsSummaryApi
{
    /// <summary>Needs listed one by one at most; the counts cover them all.</summary>
    private const int MaximumNeeds = 200;

    public static void MapNeedsSummaryApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/discussions/needs/summary", SummariseAsync).WithTags("Discussions").RequireAuthorization(NetwerkPolicies.MemberOrPartner)
            .WithName("NeedsSummary")
            .WithSummary("The network's needs by theme, sector (po/vo) and status with their votes and status notes, for members and partners " +
                "(scope `webhooks`): no names or ids, every count below 3 shown as \"<3\".");

    private static async Task<Ok<NeedsSummary>> SummariseAsync(DiscussionsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await SummaryAsync(db, cancellationToken));

    public static async Task<NeedsSummary> SummaryAsync(DiscussionsDbContext db, CancellationToken cancellationToken)
    {
        var needs = db.Threads.AsNoTracking().Where(t => t.Kind == ThreadKind.Need && t.GroupId == null && t.DeletedAt == null
            && t.HiddenAt == null && t.MergedIntoId == null);
        var counts = await needs.GroupBy(t => new { t.Theme, t.Sector, t.Status })
            .Select(g => new { g.Key.Theme, g.Key.Sector, g.Key.Status, Needs = g.Count(), Votes = g.Sum(t => t.VoteCount) })
            .ToListAsync(cancellationToken);
        var listed = await needs.OrderByDescending(t => t.VoteCount).ThenBy(t => t.CreatedAt).Take(MaximumNeeds)
            .Select(t => new SummarisedNeed(t.Title, t.Theme, t.Sector, t.Status!, t.StatusNote, new SmallCount(t.VoteCount)))
            .ToListAsync(cancellationToken);
        return new NeedsSummary(new SmallCount(counts.Sum(c => c.Needs)), new SmallCount(counts.Sum(c => c.Votes)),
            [.. counts.OrderBy(c => c.Theme ?? "~").ThenBy(c => c.Sector).ThenBy(c => NeedStatus.All.ToList().IndexOf(c.Status!))
                .Select(c => new NeedsCount(c.Theme, c.Sector, c.Status!, new SmallCount(c.Needs), new SmallCount(c.Votes)))],
            listed);
    }
}
