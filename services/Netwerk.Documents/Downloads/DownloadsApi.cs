using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Netwerk.Documents.Data;
using Netwerk.Documents.Library;
using Netwerk.Documents.Members;
using Netwerk.Documents.Storage;
using Netwerk.ServiceDefaults.Http;

namespace Netwerk.Documents.Downloads;

internal static class DownloadsApi
{
    public static void MapDownloadsApi(this IEndpointRouteBuilder routes)
    {
        var downloads = routes.MapGroup("/api/documents/{id:guid}").WithTags("Documents");
        downloads.MapGet("/content", (Guid id, ClaimsPrincipal user, HttpRequest request, DocumentsDbContext db, IBlobStore blobs, CancellationToken cancellationToken) =>
                DownloadAsync(id, null, user, request, db, blobs, cancellationToken))
            .WithName("DownloadDocument")
            .WithSummary("The newest version's bytes, with its content type, file name, ETag (If-None-Match: 304) and range requests (206).");
        downloads.MapGet("/versions/{number:int}/content", (Guid id, int number, ClaimsPrincipal user, HttpRequest request, DocumentsDbContext db,
                IBlobStore blobs, CancellationToken cancellationToken) => DownloadAsync(id, number, user, request, db, blobs, cancellationToken))
            .WithName("DownloadDocumentVersion")
            .WithSummary("One version's bytes, like the newest.");
    }

    private static async Task<IResult> DownloadAsync(Guid id, int? number, ClaimsPrincipal user, HttpRequest request, DocumentsDbContext db,
        IBlobStore blobs, CancellationToken cancellationToken)
    {
        var version = await db.VisibleTo(Reader.From(user)).Where(d => d.Id == id)
            .SelectMany(d => d.Versions.Where(v => v.Number == (number ?? d.CurrentVersion)))
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (version is null) return TypedResults.NotFound();
        var content = await blobs.OpenReadAsync(version.BlobHash, cancellationToken);
        if (content is null) return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The document's bytes are not reachable now.");

        var etag = new EntityTagHeaderValue($"\"{version.BlobHash}\"");
        if (CountsAsDownload(request, etag))
        {
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(set => set.SetProperty(d => d.DownloadCount, d => d.DownloadCount + 1), cancellationToken);
        }
        // The framework answers If-None-Match (304), Range and If-Range (206/416) and writes Content-Disposition with
        // both filename and an RFC 5987 filename* for names that are not plain ASCII.
        return TypedResults.Stream(content, version.ContentType, version.FileName, version.UploadedAt, etag, enableRangeProcessing: true);
    }

    /// <summary>A download is a request that gets the file from its start: not a HEAD, not a 304, not the later part of a
    /// range.</summary>
    private static bool CountsAsDownload(HttpRequest request, EntityTagHeaderValue etag)
    {
        if (HeadRequests.IsHead(request.HttpContext)) return false;
        if (request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag.Tag.Value)))) return false;
        var range = request.Headers.Range.ToString();
        return range.Length == 0 || range.Replace(" ", "").StartsWith("bytes=0-", StringComparison.OrdinalIgnoreCase);
    }
}
