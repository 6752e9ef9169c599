using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Threads;

namespace Netwerk.Discussions.Search;

/// <summary>Threads like one being written, so the same question is not asked twice: any of the title's words (Dutch
/// stems and unstemmed, accents ignored; the dictionary drops the stop words) in a thread's search vector, or one of
/// its longest words inside a compound of a title (trigram word similarity, pg_trgm's `&lt;%` from 0.6 on, on the titles'
/// trigram index: "volgsysteem" finds "leerlingvolgsysteem"). The best few, by rank.</summary>
internal static partial class SimilarThreads
{
    public const int MaximumResults = 5;
    public const int MinimumLength = 3;
    /// <summary>Words of the title that count at most: the first dozen say what it is about.</summary>
    private const int MaximumWords = 12;
    private const int CompoundWordLength = 6;
    /// <summary>Matches ranked at most, the most recently active.</summary>
    private const int CandidateWindow = 200;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public sealed record Similar(Guid Id, string Kind, string Title, Guid? GroupId, int ReplyCount, int VoteCount, bool Answered, string? Status);

    public static async Task<IReadOnlyList<Similar>> FindAsync(IQueryable<DiscussionThread> visible, string title, string? body,
        CancellationToken cancellationToken, int limit = MaximumResults)
    {
        var written = Word().Matches(title + " " + (body ?? "")).Select(m => m.Value).Where(w => w.Length >= 2)
            .DistinctBy(w => w.ToLowerInvariant()).Take(MaximumWords).ToList();
        if (written.Count == 0) return [];
        var words = written.Select(w => w.ToLowerInvariant()).ToList();
        // Only letters and digits reach to_tsquery, joined by its "or": no operator a member typed can break it. Every
        // word in Dutch (whose dictionary drops "jullie", "met", "welk"); unstemmed only the words written as names
        // and abbreviations are ("ParnasSys", "LVS"): unstemmed, the stop words would match nearly every thread.
        var anyWord = string.Join(" | ", words);
        var anyName = string.Join(" | ", written.Where(LooksLikeAName).Select(w => w.ToLowerInvariant()));
        var longest = words.Where(w => w.Length >= CompoundWordLength).OrderByDescending(w => w.Length).Take(2).ToList();
        var first = longest.ElementAtOrDefault(0) ?? "";
        var second = longest.ElementAtOrDefault(1) ?? first;
        var compound = first.Length > 0;
        // The most recently active matches are ranked, not all: a common word matches thousands of threads.
        return await visible.AsNoTracking()
            .Where(t => t.SearchVector.Matches(EF.Functions.ToTsQuery("dutch", SearchFunctions.Unaccent(anyWord))
                    .Or(EF.Functions.ToTsQuery("simple", SearchFunctions.Unaccent(anyName))))
                || (compound && (EF.Functions.TrigramsAreWordSimilar(SearchFunctions.Unaccent(first), SearchFunctions.Unaccent(t.Title))
                    || EF.Functions.TrigramsAreWordSimilar(SearchFunctions.Unaccent(second), SearchFunctions.Unaccent(t.Title)))))
            .OrderByDescending(t => t.LastActivityAt).Take(CandidateWindow)
            .Select(t => new
            {
                Thread = t,
                Rank = t.SearchVector.Rank(EF.Functions.ToTsQuery("dutch", SearchFunctions.Unaccent(anyWord))
                    .Or(EF.Functions.ToTsQuery("simple", SearchFunctions.Unaccent(anyName)))),
                Similarity = compound
                    ? Math.Max(SearchFunctions.WordSimilarity(SearchFunctions.Unaccent(first), SearchFunctions.Unaccent(t.Title)),
                        SearchFunctions.WordSimilarity(SearchFunctions.Unaccent(second), SearchFunctions.Unaccent(t.Title)))
                    : 0,
            })
            .OrderByDescending(t => t.Rank + t.Similarity / 10).ThenByDescending(t => t.Thread.LastActivityAt)
            .Take(limit)
            .Select(t => new Similar(t.Thread.Id, t.Thread.Kind, t.Thread.Title, t.Thread.GroupId, t.Thread.ReplyCount, t.Thread.VoteCount,
                t.Thread.AcceptedReplyId != null, t.Thread.Status))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A product name or abbreviation as people write them: capitals after the first letter, or a digit.</summary>
    private static bool LooksLikeAName(string word) => word.Skip(1).Any(char.IsUpper) || word.Any(char.IsDigit);
}
