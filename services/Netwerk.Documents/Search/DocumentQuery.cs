using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Data;
using Netwerk.Documents.Library;
using Netwerk.Documents.Members;
using Netwerk.ServiceDefaults.Pagination;

namespace Netwerk.Documents.Search;

/// <summary>The document list: newest first, or — with <c>q</c> — full-text search ranked by PostgreSQL's cover density
/// over the Dutch search vector (title weighs most, then tags, description, content), with a highlighted snippet.
/// Both go through <see cref="DocumentAccess"/>, so search never reveals what the reader may not see.</summary>
internal static class DocumentQuery
{
    private const string HeadlineOptions = "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
    /// <summary>How many matches are ranked at most: the newest ones. Ranking reads every candidate's search vector, so
    /// a broad query (a word in a tenth of 100,000 documents) would cost ~100 ms if all its matches were ranked; within
    /// the newest 500 it costs a few. Narrower queries (more words, a filter) have fewer matches and are ranked whole.</summary>
    public const int RankWindow = 500;
    /// <summary>The snippet is taken from the start of long texts only: ts_headline reads all it is given.</summary>
    private const int SnippetSourceLength = 20_000;

    private static readonly KeysetOrder<Document> NewestFirst = KeysetOrder<Document>.Descending(d => d.CreatedAt, d => d.Id);

    public sealed record Filters(string? Query, string? Tag, string? Theme, Guid? GroupId, Guid? AuthorId);

    public static async Task<Page<DocumentSummary>> RunAsync(DocumentsDbContext db, Reader reader, Filters filters, PageRequest page,
        CancellationToken cancellationToken)
    {
        var documents = db.VisibleTo(reader);
        if (filters.Tag is { } tag) documents = documents.Where(d => d.Tags.Contains(tag));
        if (filters.Theme is { } theme) documents = documents.Where(d => d.Theme == theme);
        if (filters.GroupId is { } groupId) documents = documents.Where(d => d.GroupId == groupId);
        if (filters.AuthorId is { } authorId) documents = documents.Where(d => d.AuthorId == authorId);

        return filters.Query is { } q ? await SearchAsync(db, documents, q, page, cancellationToken) : await NewestAsync(db, documents, page, cancellationToken);
    }

    private static async Task<Page<DocumentSummary>> NewestAsync(DocumentsDbContext db, IQueryable<Document> documents, PageRequest page,
        CancellationToken cancellationToken)
    {
        var rows = await Summaries(db, NewestFirst.PageOf(documents, page)).ToListAsync(cancellationToken);
        return page.ToPage(rows, r => PageCursor.At(r.CreatedAt, r.Id), r => r);
    }

    /// <summary>Ranked results page by position (the cursor carries the offset): a rank is no stable key.</summary>
    private static async Task<Page<DocumentSummary>> SearchAsync(DocumentsDbContext db, IQueryable<Document> documents, string q, PageRequest page,
        CancellationToken cancellationToken)
    {
        var offset = (int)Math.Min(page.After?.Key ?? 0, RankWindow);
        // A phrase makes PostgreSQL check word positions in every document holding its words; the window is therefore
        // taken over the words alone, and the phrase checked within it.
        var words = q.Replace('"', ' ');
        var candidates = documents
            .Where(d => d.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("dutch", words)))
            .OrderByDescending(d => d.CreatedAt).Take(RankWindow);
        if (words != q) candidates = candidates.Where(d => d.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("dutch", q)));
        var ranked = await candidates
            .Select(d => new { d.Id, Rank = d.SearchVector.RankCoverDensity(EF.Functions.WebSearchToTsQuery("dutch", q)) })
            .OrderByDescending(d => d.Rank).ThenBy(d => d.Id)
            .Skip(offset).Take(page.Limit + 1)
            .ToListAsync(cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        // Headlines only for the page: they are the expensive part of a search.
        var snippets = await db.Documents.Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                Snippet = EF.Functions.WebSearchToTsQuery("dutch", q).GetResultHeadline("dutch",
                    (d.ContentText != null && d.ContentText != "" ? d.ContentText.Substring(0, SnippetSourceLength) : d.Description), HeadlineOptions),
            })
            .ToDictionaryAsync(d => d.Id, d => d.Snippet, cancellationToken);
        var summaries = await Summaries(db, db.Documents.Where(d => ids.Contains(d.Id))).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = ranked.Select((r, i) => (Position: offset + i + 1, Summary: summaries[r.Id] with { Rank = r.Rank, Snippet = snippets[r.Id] })).ToList();
        return page.ToPage(rows, r => new PageCursor(r.Position, r.Summary.Id), r => r.Summary);
    }

    private static IQueryable<DocumentSummary> Summaries(DocumentsDbContext db, IQueryable<Document> documents) =>
        documents.Select(d => new
        {
            Document = d,
            Author = db.KnownMembers.Where(a => a.MemberId == d.AuthorId).Select(a => a.DisplayName).FirstOrDefault(),
            Current = d.Versions.Where(v => v.Number == d.CurrentVersion).Select(v => new { v.FileName, v.ContentType, v.Size }).FirstOrDefault(),
        })
            .Select(x => new DocumentSummary(x.Document.Id, x.Document.Title, x.Document.Description, x.Document.Tags, x.Document.Theme,
                x.Document.Visibility, x.Document.GroupId, x.Document.AuthorId, x.Author, x.Document.CurrentVersion,
                x.Current!.FileName, x.Current.ContentType, x.Current.Size, x.Document.CreatedAt, x.Document.UpdatedAt, null, null));
}
