using Microsoft.EntityFrameworkCore;

namespace Netwerk.Discussions.Search;

/// <summary>The database functions search uses, callable in LINQ: `netwerk_unaccent` (the unaccent extension, wrapped
/// as IMMUTABLE so a generated column and an index may use it; created by the first migration) and pg_trgm's
/// `word_similarity`, which finds a word inside a compound ("volgsysteem" in "leerlingvolgsysteem").</summary>
public static class SearchFunctions
{
    public static string Unaccent(string text) => throw new InvalidOperationException("Only in a database query.");

    public static double WordSimilarity(string word, string text) => throw new InvalidOperationException("Only in a database query.");

    public static void MapSearchFunctions(this ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(SearchFunctions).GetMethod(nameof(Unaccent))!).HasName("netwerk_unaccent");
        modelBuilder.HasDbFunction(typeof(SearchFunctions).GetMethod(nameof(WordSimilarity))!).HasName("word_similarity").IsBuiltIn();
    }

    /// <summary>The SQL the first migration runs before the threads table: the generated search column needs it.</summary>
    public const string CreateUnaccentFunction =
        "CREATE OR REPLACE FUNCTION netwerk_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT " +
        "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;";
}
