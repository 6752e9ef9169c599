using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;

namespace Netwerk.Discussions.Search;

/// <summary>The lexicon of compounds (<see cref="SearchWord"/>): filled by a trigger on the threads, so every way a text
/// is written (a thread, an edit, a reply, the replies' text rewritten at erasure, a bulk load) adds its words in the
/// same transaction; looked up on a trigram index.</summary>
internal static class SearchWords
{
    /// <summary>Parts shorter than this are not looked up: three letters are inside too many words to mean one.</summary>
    public const int ShortestPart = 4;
    /// <summary>Compounds a part expands into, the most similar first.</summary>
    public const int MostCompounds = 20;

    /// <summary>"volgsysteem" → "leerlingvolgsysteem or volgsystemen": the lexicon's words that contain the part (pg_trgm
    /// word similarity ≥ 0.6, its default), as a web-search "or" that no character can break. Empty when the query is
    /// not a single word (a phrase, operators, several words keep their exact meaning).</summary>
    public static async Task<string> CompoundsAsync(DiscussionsDbContext db, string q, CancellationToken cancellationToken)
    {
        var part = q.Trim().ToLowerInvariant();
        if (part.Length < ShortestPart || !part.All(char.IsLetter)) return "";
        var words = await db.SearchWords
            .Where(w => EF.Functions.TrigramsAreWordSimilar(SearchFunctions.Unaccent(part), w.Word))
            .OrderByDescending(w => SearchFunctions.WordSimilarity(SearchFunctions.Unaccent(part), w.Word)).ThenBy(w => w.Word)
            .Take(MostCompounds).Select(w => w.Word).ToListAsync(cancellationToken);
        return string.Join(" or ", words);
    }

    /// <summary>The trigger and its function (the migration runs it): the words of 6 to 40 letters of the new text, in
    /// order, so two transactions adding the same words wait for each other instead of deadlocking.</summary>
    public const string CreateTrigger = """
        CREATE OR REPLACE FUNCTION netwerk_keep_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO search_words (word)
            SELECT DISTINCT lexeme FROM unnest(to_tsvector('simple', netwerk_unaccent(
                coalesce(NEW.title, '') || ' ' || coalesce(NEW.body, '') || ' ' || coalesce(NEW.replies_text, ''))))
            WHERE length(lexeme) BETWEEN 6 AND 40 AND lexeme ~ '^[[:alpha:]]+$'
            ORDER BY lexeme
            ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$;
        CREATE TRIGGER threads_keep_search_words AFTER INSERT OR UPDATE OF title, body, replies_text ON threads
            FOR EACH ROW EXECUTE FUNCTION netwerk_keep_search_words();
        """;

    public const string FillFromThreads = """
        INSERT INTO search_words (word)
        SELECT DISTINCT lexeme FROM threads, unnest(to_tsvector('simple', netwerk_unaccent(title || ' ' || body || ' ' || replies_text)))
        WHERE length(lexeme) BETWEEN 6 AND 40 AND lexeme ~ '^[[:alpha:]]+$'
        ORDER BY lexeme
        ON CONFLICT DO NOTHING;
        """;
}
