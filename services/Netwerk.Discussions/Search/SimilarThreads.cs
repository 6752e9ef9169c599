using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Threads;

namespace Netwerk.Discussions.Search;

/// <summary>Threads like one being written, so the same question is not asked twice: any of the title's words (Dutch
/// stems and unstemmed, accents ignored; the dictionary drops the stop words) in a thread's search vector, or one of
/// its longest words inside a compound of a title or body (trigram word similarity: "volgsysteem" finds
/// "leerlingvolgsysteem"). The best few, by rank.</summary>
internal static partial class SimilarThreads
{
    public const int MaximumResults = 5;
    public const int MinimumLength = 3;
    /// <summary>Words of the title that count at most: the first dozen say what it is about.</summary>
    private const int MaximumWords = 12;
    private const int CompoundWordLength = 6;
    private const double CompoundSimilarity = 0.6;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public sealed record Similar(Guid Id, string Kind, string Title, Guid? GroupId, int ReplyCount, int VoteCount, bool Answered, string? Status);

    public static async Task<IReadOnlyList<Similar>> FindAsync(IQueryable<DiscussionThread> visible, string title, string? body,
        CancellationToken cancellationToken, int limit = MaximumResults)
    {
        var words = Word().Matches(title + " " + (body ?? "")).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2)
            .Distinct().Take(MaximumWords).ToList();
        if (words.Count == 0) return [];
        // Only letters and digits reach to_tsquery, joined by its "or": no operator a member typed can break it.
        var anyWord = string.Join(" | ", words);
        var longest = words.Where(w => w.Length >= CompoundWordLength).OrderByDescending(w => w.Length).Take(2).ToList();
        var first = longest.ElementAtOrDefault(0) ?? "";
        var second = longest.ElementAtOrDefault(1) ?? first;
        var compound = first.Length > 0;
        return await visible.AsNoTracking()
            .Select(t => new
            {
                Thread = t,
                Rank = t.SearchVector.Rank(EF.Functions.ToTsQuery("dutch", SearchFunctions.Unaccent(anyWord))
                    .Or(EF.Functions.ToTsQuery("simple", SearchFunctions.Unaccent(anyWord)))),
                Matched = t.SearchVector.Matches(EF.Functions.ToTsQuery("dutch", SearchFunctions.Unaccent(anyWord))
                    .Or(EF.Functions.ToTsQuery("simple", SearchFunctions.Unaccent(anyWord)))),
                Similarity = compound
                    ? Math.Max(SearchFunctions.WordSimilarity(SearchFunctions.Unaccent(first), SearchFunctions.Unaccent(t.Title + " " + t.Body)),
                        SearchFunctions.WordSimilarity(SearchFunctions.Unaccent(second), SearchFunctions.Unaccent(t.Title + " " + t.Body)))
                    : 0,
            })
            .Where(t => t.Matched || t.Similarity >= CompoundSimilarity)
            .OrderByDescending(t => t.Rank + t.Similarity / 10).ThenByDescending(t => t.Thread.LastActivityAt)
            .Take(limit)
            .Select(t => new Similar(t.Thread.Id, t.Thread.Kind, t.Thread.Title, t.Thread.GroupId, t.Thread.ReplyCount, t.Thread.VoteCount,
                t.Thread.AcceptedReplyId != null, t.Thread.Status))
            .ToListAsync(cancellationToken);
    }
}
