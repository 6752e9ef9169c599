using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.Pagination;

namespace Netwerk.Discussions.Search;

/// <summary>The thread list: the most recently active first, or — with <c>q</c> — ranked by the search vector (Dutch
/// stems and whole words, accents ignored), a single word also as the compounds that contain it (<see cref="SearchWords"/>:
/// "volgsysteem" finds "leerlingvolgsysteem" in titles, bodies and replies, through one lookup in the lexicon instead of
/// a word similarity per thread), and a `<mark>` snippet. It starts from the threads the caller may see, so search never
/// shows a group's thread to someone outside it.</summary>
internal static class ThreadQuery
{
    private const string HeadlineOptions = "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    /// <summary>Ranked matches at most; a rank is no stable key, so pages go by position within this window.</summary>
    public const int RankWindow = 500;
    /// <summary>How many of the most recent threads are walked for a common word before the search index is asked.</summary>
    private const int DenseWalk = 1_000;

    public const string ByActivity = "activity";
    public const string ByNew = "new";
    public const string ByVotes = "votes";
    public static readonly IReadOnlyList<string> Sorts = [ByActivity, ByNew, ByVotes];

    private static readonly KeysetOrder<DiscussionThread> MostRecentlyActive = KeysetOrder<DiscussionThread>.Descending(t => t.LastActivityAt, t => t.Id);
    private static readonly KeysetOrder<DiscussionThread> Newest = KeysetOrder<DiscussionThread>.Descending(t => t.CreatedAt, t => t.Id);

    public sealed record Filters(string? Query, string? Kind, Guid? GroupId, string? Tag, string? Theme, Guid? AuthorId, string? Status,
        bool Unanswered, string Sort, Guid? DocumentId = null, Guid? EventId = null);

    public static async Task<Page<ThreadSummary>> RunAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> visible, Filters filters, PageRequest page,
        CancellationToken cancellationToken)
    {
        var threads = visible.AsNoTracking();
        if (filters.Kind is { } kind) threads = threads.Where(t => t.Kind == kind);
        if (filters.GroupId is { } groupId) threads = threads.Where(t => t.GroupId == groupId);
        if (filters.Tag is { } tag) threads = threads.Where(t => t.Tags.Contains(tag));
        if (filters.DocumentId is { } documentId) threads = threads.Where(t => t.DocumentIds.Contains(documentId));
        if (filters.EventId is { } eventId) threads = threads.Where(t => t.EventIds.Contains(eventId));
        if (filters.Theme is { } theme) threads = threads.Where(t => t.Theme == theme);
        if (filters.AuthorId is { } authorId) threads = threads.Where(t => t.AuthorId == authorId);
        if (filters.Status is { } status) threads = threads.Where(t => t.Status == status);
        if (filters.Unanswered) threads = threads.Where(t => t.Kind == ThreadKind.Question && t.AcceptedReplyId == null);
        if (filters.Query is { } q) return await SearchAsync(db, threads, q, page, cancellationToken);
        return filters.Sort switch
        {
            ByVotes => await MostVotedAsync(db, threads, page, cancellationToken),
            ByNew => await InOrderAsync(db, threads, Newest, r => PageCursor.At(r.CreatedAt, r.Id), page, cancellationToken),
            _ => await InOrderAsync(db, threads, MostRecentlyActive, r => PageCursor.At(r.LastActivityAt, r.Id), page, cancellationToken),
        };
    }

    private static async Task<Page<ThreadSummary>> InOrderAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> threads,
        KeysetOrder<DiscussionThread> order, Func<ThreadSummary, PageCursor> cursorOf, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await Summaries(db, order.PageOf(threads, page)).ToListAsync(cancellationToken);
        return page.ToPage(rows, cursorOf, r => r);
    }

    /// <summary>Most votes first. A vote count changes while someone pages, so pages go by position (as search's do).</summary>
    private static async Task<Page<ThreadSummary>> MostVotedAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> threads, PageRequest page,
        CancellationToken cancellationToken)
    {
        var offset = (int)Math.Min(page.After?.Key ?? 0, RankWindow);
        var rows = await Summaries(db, threads.OrderByDescending(t => t.VoteCount).ThenByDescending(t => t.LastActivityAt).ThenBy(t => t.Id)
            .Skip(offset).Take(page.Limit + 1)).ToListAsync(cancellationToken);
        return page.ToPage(rows.Select((r, i) => (Position: offset + i + 1, Summary: r)).ToList(), r => new PageCursor(r.Position, r.Summary.Id),
            r => r.Summary);
    }

    private static async Task<Page<ThreadSummary>> SearchAsync(DiscussionsDbContext db, IQueryable<DiscussionThread> threads, string q,
        PageRequest page, CancellationToken cancellationToken)
    {
        var offset = (int)Math.Min(page.After?.Key ?? 0, RankWindow);
        var compounds = await SearchWords.CompoundsAsync(db, q, cancellationToken);
        var matches = Matches(q, compounds);
        // The window is the 500 most recently active matches, found one of two ways. A word in half the threads or
        // more fills it within the 1,000 most recent: walking the activity index finds them in a few milliseconds,
        // where taking every match from the search index and sorting them scans most of the table (146 ms for a word
        // in three threads of four at 25,000 threads). A rarer word is the other way round (7,000 threads walked for
        // 500 matches, 30 ms; the search index and a sort, 16 ms). So a short walk first (7 ms when it finds too few),
        // then the search index, sorted on an expression no index has so the planner cannot take the long walk.
        var window = await threads.OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id).Take(DenseWalk)
            .Where(matches).Take(RankWindow).Select(t => t.Id).ToListAsync(cancellationToken);
        var windowed = window.Count == RankWindow
            ? db.Threads.Where(t => window.Contains(t.Id))
            : threads.Where(matches).OrderByDescending(t => t.LastActivityAt.AddSeconds(0)).Take(RankWindow);
        // The rank (ts_rank reads each match's whole vector) only for the window.
        var ranked = await windowed.Select(Ranked(q, compounds)).OrderByDescending(t => t.Rank).ThenBy(t => t.Id)
            .Skip(offset).Take(page.Limit + 1)
            .ToListAsync(cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        var snippets = await db.Threads.Where(t => ids.Contains(t.Id))
            .Select(t => new
            {
                t.Id,
                Snippet = EF.Functions.WebSearchToTsQuery("dutch", q).Or(EF.Functions.WebSearchToTsQuery("simple", q))
                    .Or(EF.Functions.WebSearchToTsQuery("simple", compounds)).GetResultHeadline("dutch", t.Body, HeadlineOptions),
            })
            .ToDictionaryAsync(t => t.Id, t => t.Snippet, cancellationToken);
        var summaries = await Summaries(db, db.Threads.Where(t => ids.Contains(t.Id))).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = ranked.Select((r, i) => (Position: offset + i + 1,
            Summary: summaries[r.Id] with { Rank = r.Rank, Snippet = snippets[r.Id] })).ToList();
        return page.ToPage(rows, r => new PageCursor(r.Position, r.Summary.Id), r => r.Summary);
    }

    /// <summary>Set by member initialisation, which EF can order by (a constructor's arguments it cannot).</summary>
    private sealed class RankedThread
    {
        public Guid Id { get; init; }
        public float Rank { get; init; }
    }

    /// <summary>Dutch stems, whole words (jargon, abbreviations) and the compounds of a single word, accents ignored.</summary>
    private static Expression<Func<DiscussionThread, bool>> Matches(string q, string compounds) =>
        t => t.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("dutch", SearchFunctions.Unaccent(q))
            .Or(EF.Functions.WebSearchToTsQuery("simple", SearchFunctions.Unaccent(q)))
            .Or(EF.Functions.WebSearchToTsQuery("simple", compounds)));

    private static Expression<Func<DiscussionThread, RankedThread>> Ranked(string q, string compounds) =>
        t => new RankedThread
        {
            Id = t.Id,
            Rank = t.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("dutch", SearchFunctions.Unaccent(q))
                .Or(EF.Functions.WebSearchToTsQuery("simple", SearchFunctions.Unaccent(q)))
                .Or(EF.Functions.WebSearchToTsQuery("simple", compounds))),
        };

    private static IQueryable<ThreadSummary> Summaries(DiscussionsDbContext db, IQueryable<DiscussionThread> threads) =>
        threads.Select(t => new ThreadSummary(t.Id, t.Kind, t.Title, t.Tags, t.Theme, t.GroupId, t.AuthorId,
            t.AuthorId == null ? AuthorNames.FormerMember : db.KnownMembers.Where(m => m.MemberId == t.AuthorId).Select(m => m.DisplayName).FirstOrDefault() ?? "Lid",
            t.CreatedAt, t.LastActivityAt, t.ReplyCount, t.VoteCount, t.AcceptedReplyId != null, t.Status, t.Locked, null, null));
}
