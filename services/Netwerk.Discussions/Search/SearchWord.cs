namespace Netwerk.Discussions.Search;

/// <summary>A long word that occurs in some thread's title, body or replies, unaccented and lower case: the lexicon in
/// which a part of a compound is looked up ("volgsysteem" → "leerlingvolgsysteem") before the threads are searched for
/// the compounds found. The database keeps it (<see cref="SearchWords"/>); it only grows, and a word no thread holds
/// any more merely matches nothing.</summary>
public sealed class SearchWord
{
    public required string Word { get; init; }
}
