using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.Pagination;

namespace Netwerk.Discussions.Search;

/// <summary>The thread list: the most recently active first, or — with <c>q</c> — ranked by the search vector (Dutch
/// stems and whole words, accents ignored), with compounds found by trigram word similarity ("volgsysteem" in
/// "leerlingvolgsysteem"), and a `<mark>` snippet. It starts from the threads the caller may see, so search never
/// shows a group's thread to someone outside it.</summary>
internal static class ThreadQuery
{
    private const string HeadlineOptions = "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    /// <summary>How alike a searched word must be to a word in the text to count as found inside a compound.</summary>
    private const double CompoundSimilarity = 0.6;
    /// <summary>Ranked matches at most; a rank is no stable key, so pages go by position within this window.</summary>
    public const int RankWindow = 500;

    private static readonly KeysetOrder<DiscussionThread> MostRecentlyActive = KeysetOrder<DiscussionThread>.Descending(t => t.LastActivityAt, t => t.Id);

    public sealed record Filters(string? Query, string? Kind, Guid? GroupId, bool Unanswered);

    public static async Task<Page<ThreadSummary>> RunAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> visible, Filters filters, PageRequest page,
        CancellationToken cancellationToken)
    {
        var threads = visible.AsNoTracking();
        if (filters.Kind is { } kind) threads = threads.Where(t => t.Kind == kind);
        if (filters.GroupId is { } groupId) threads = threads.Where(t => t.GroupId == groupId);
        if (filters.Unanswered) threads = threads.Where(t => t.Kind == ThreadKind.Question && t.AcceptedReplyId == null);
        return filters.Query is { } q ? await SearchAsync(db, threads, q, page, cancellationToken) : await RecentAsync(db, threads, page, cancellationToken);
    }

    private static async Task<Page<ThreadSummary>> RecentAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> threads, PageRequest page,
        CancellationToken cancellationToken)
    {
        var rows = await Summaries(db, MostRecentlyActive.PageOf(threads, page)).ToListAsync(cancellationToken);
        return page.ToPage(rows, r => PageCursor.At(r.LastActivityAt, r.Id), r => r);
    }

    private static async Task<Page<ThreadSummary>> SearchAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> threads, string q,
        PageRequest page, CancellationToken cancellationToken)
    {
        var offset = (int)Math.Min(page.After?.Key ?? 0, RankWindow);
        var compound = q.Length >= 3;
        var ranked = await threads
            .Select(t => new
            {
                t.Id,
                Matched = t.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("dutch", SearchFunctions.Unaccent(q))
                    .Or(EF.Functions.WebSearchToTsQuery("simple", SearchFunctions.Unaccent(q)))),
                Similarity = compound ? SearchFunctions.WordSimilarity(SearchFunctions.Unaccent(q), SearchFunctions.Unaccent(t.Title + " " + t.Body)) : 0,
                Rank = t.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("dutch", SearchFunctions.Unaccent(q))
                    .Or(EF.Functions.WebSearchToTsQuery("simple", SearchFunctions.Unaccent(q)))),
                t.LastActivityAt,
            })
            .Where(t => t.Matched || t.Similarity >= CompoundSimilarity)
            .OrderByDescending(t => t.LastActivityAt).Take(RankWindow)
            .OrderByDescending(t => t.Rank + t.Similarity / 10).ThenBy(t => t.Id)
            .Skip(offset).Take(page.Limit + 1)
            .ToListAsync(cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        var snippets = await db.Threads.Where(t => ids.Contains(t.Id))
            .Select(t => new
            {
                t.Id,
                Snippet = EF.Functions.WebSearchToTsQuery("dutch", q).Or(EF.Functions.WebSearchToTsQuery("simple", q))
                    .GetResultHeadline("dutch", t.Body, HeadlineOptions),
            })
            .ToDictionaryAsync(t => t.Id, t => t.Snippet, cancellationToken);
        var summaries = await Summaries(db, db.Threads.Where(t => ids.Contains(t.Id))).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = ranked.Select((r, i) => (Position: offset + i + 1,
            Summary: summaries[r.Id] with { Rank = r.Rank + r.Similarity / 10, Snippet = snippets[r.Id] })).ToList();
        return page.ToPage(rows, r => new PageCursor(r.Position, r.Summary.Id), r => r.Summary);
    }

    private static IQueryable<ThreadSummary> Summaries(DiscussionsDbContext db, IQueryable<DiscussionThread> threads) =>
        threads.Select(t => new ThreadSummary(t.Id, t.Kind, t.Title, t.GroupId, t.AuthorId,
            t.AuthorId == null ? AuthorNames.FormerMember : db.KnownMembers.Where(m => m.MemberId == t.AuthorId).Select(m => m.DisplayName).FirstOrDefault() ?? "Lid",
            t.CreatedAt, t.LastActivityAt, t.ReplyCount, t.VoteCount, t.AcceptedReplyId != null, null, null));
}
