using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Documents;
using Netwerk.Documents.Data;
using Netwerk.Documents.Members;
using Netwerk.Documents.Search;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Concurrency;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Documents.Library;

internal static class DocumentsApi
{
    private const int MaximumQueryLength = 200;

    public static void MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup("/api/documents").WithTags("Documents");
        documents.MapGet("", ListAsync).WithName("ListDocuments")
            .WithSummary("Documents the caller may see, newest first; `q` searches (Dutch stemming, title weighs most, ranked, with a snippet), `tag`, `theme`, `groupId`, `authorId` filter.");
        documents.MapGet("/{id:guid}", GetAsync).WithName("GetDocument").WithSummary("A document's metadata and versions; its ETag serves If-Match.");
        documents.MapPatch("/{id:guid}", ChangeAsync).WithName("ChangeDocument")
            .WithSummary("Change title, description, tags, theme or visibility (JSON merge patch, If-Match); the author or a moderator.")
            .RequireAuthorization(NetwerkPolicies.Member);
        documents.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteDocument")
            .WithSummary("Remove a document from lists and search at once; its bytes stay for the retention period. The author or a moderator.")
            .RequireAuthorization(NetwerkPolicies.Member);
    }

    private static async Task<Results<Ok<Page<DocumentSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, DocumentsDbContext db, [AsParameters] DocumentListQuery query, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(query.Limit, query.Cursor, errors);
        errors.Require(query.Q is null || query.Q.Length <= MaximumQueryLength, "q", $"At most {MaximumQueryLength} characters.");
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());

        var filters = new DocumentQuery.Filters(string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(), query.Tag?.Trim().ToLowerInvariant(),
            query.Theme, query.GroupId, query.AuthorId);
        return TypedResults.Ok(await DocumentQuery.RunAsync(db, Reader.From(user), filters, page, cancellationToken));
    }

    private static async Task<Results<Ok<DocumentView>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, DocumentsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var document = await db.VisibleTo(Reader.From(user)).AsNoTracking().Include(d => d.Versions).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null) return TypedResults.NotFound();
        response.Headers.ETag = DocumentEtag.Of(document);
        return TypedResults.Ok(await ViewAsync(db, document, cancellationToken));
    }

    private static async Task<Results<Ok<DocumentView>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, JsonObject patch, ClaimsPrincipal user, HttpRequest request, DocumentsDbContext db, TimeProvider clock, PublicLinks links,
        CancellationToken cancellationToken)
    {
        var reader = Reader.From(user);
        var document = await db.VisibleTo(reader).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null) return TypedResults.NotFound();
        if (!reader.MayChange(document.AuthorId)) return Forbidden();
        if (!IfMatch.Allows(request, DocumentEtag.Of(document)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The document changed since you read it.",
                detail: $"Its current ETag is {DocumentEtag.Of(document)}; read it again and repeat your change.");
        }

        var errors = new FieldErrors();
        var metadata = Merge(document, patch, errors);
        if (metadata is not null) await DocumentGroups.CheckAsync(db, metadata, reader, errors, cancellationToken);
        if (errors.Any || metadata is null) return TypedResults.ValidationProblem(errors.ToDictionary());

        var previousVisibility = document.Visibility;
        var now = clock.Now();
        metadata.ApplyTo(document);
        document.Revision++;
        document.UpdatedAt = now;
        db.AddIntegrationEvent(new DocumentUpdated(Guid.CreateVersion7(now), now, DocumentMessages.Details(document, links), previousVisibility));
        if (reader.Moderates(document.AuthorId))
        {
            db.AddAuditEntry(AuditActor.Of(request.HttpContext), "document.changed", DocumentTarget(document), now,
                string.Join(", ", patch.Select(field => field.Key).Order()));
        }
        // The revision is a concurrency token: of two changes racing past the If-Match check, the second updates no row.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The document changed while you changed it.");
        }
        request.HttpContext.Response.Headers.ETag = DocumentEtag.Of(document);
        await db.Entry(document).Collection(d => d.Versions).LoadAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(db, document, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(
        Guid id, ClaimsPrincipal user, HttpContext context, DocumentsDbContext db, TimeProvider clock, PublicLinks links,
        CancellationToken cancellationToken)
    {
        var reader = Reader.From(user);
        var document = await db.VisibleTo(reader).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null) return TypedResults.NotFound();
        if (!reader.MayChange(document.AuthorId)) return Forbidden();

        var now = clock.Now();
        document.DeletedAt = now;
        document.UpdatedAt = now;
        document.Revision++;
        db.AddIntegrationEvent(new DocumentDeleted(Guid.CreateVersion7(now), now, DocumentMessages.Details(document, links)));
        if (reader.Moderates(document.AuthorId)) db.AddAuditEntry(AuditActor.Of(context), "document.deleted", DocumentTarget(document), now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static AuditTarget DocumentTarget(Document document) => new("document", document.Id.ToString(), document.Title);

    private static DocumentMetadata? Merge(Document document, JsonObject patch, FieldErrors errors)
    {
        string[] fields = ["title", "description", "tags", "theme", "visibility", "groupId"];
        foreach (var unknown in patch.Select(p => p.Key).Where(k => !fields.Contains(k))) errors.Add(unknown, "This field does not exist or cannot be changed.");
        if (errors.Any) return null;
        try
        {
            string? Text(string field, string? current) => patch.TryGetPropertyValue(field, out var node) ? node?.GetValue<string>() : current;
            var tags = patch.TryGetPropertyValue("tags", out var tagNode)
                ? tagNode?.AsArray().Select(t => t?.GetValue<string>()).ToList() ?? []
                : document.Tags.Select(t => (string?)t).ToList();
            var visibility = Text("visibility", document.Visibility);
            // A document that stops being a group document stops naming a group, unless the patch names one anyway.
            var groupId = patch.ContainsKey("groupId") ? Text("groupId", null) : visibility == Visibility.Group ? document.GroupId?.ToString() : null;
            return DocumentMetadata.Validate(Text("title", document.Title), Text("description", document.Description), tags,
                Text("theme", document.Theme), visibility, groupId, errors);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or JsonException)
        {
            errors.Add("body", "A field has the wrong type: title, description, theme, visibility and groupId are strings, tags an array of strings.");
            return null;
        }
    }

    internal static async Task<DocumentView> ViewAsync(DocumentsDbContext db, Document document, CancellationToken cancellationToken)
    {
        var author = document.AuthorId is { } authorId
            ? await db.KnownMembers.Where(a => a.MemberId == authorId).Select(a => a.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var versions = document.Versions.OrderBy(v => v.Number)
            .Select(v => new VersionView(v.Number, v.FileName, v.ContentType, v.Size, v.Note, v.UploadedAt, v.ExtractionState,
                $"/api/documents/{document.Id}/versions/{v.Number}/content"))
            .ToList();
        return new DocumentView(document.Id, document.Title, document.Description, document.Tags, document.Theme, document.Visibility, document.GroupId,
            document.AuthorId, author, document.CurrentVersion, document.DownloadCount, $"/api/documents/{document.Id}/content",
            document.CreatedAt, document.UpdatedAt, versions);
    }

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the author or a moderator may change this document.");
}
