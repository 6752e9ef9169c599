using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Documents;
using Netwerk.Documents.Data;
using Netwerk.Documents.Extraction;
using Netwerk.Documents.Library;
using Netwerk.Documents.Members;
using Netwerk.Documents.Retention;
using Netwerk.Documents.Storage;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Documents.Uploads;

internal static class UploadsApi
{
    public static void MapUploadsApi(this IEndpointRouteBuilder routes)
    {
        var uploads = routes.MapGroup("/api/documents").WithTags("Documents").RequireAuthorization(NetwerkPolicies.Member).DisableAntiforgery();
        uploads.MapPost("", PublishAsync).WithName("PublishDocument")
            .WithSummary("Share a document: multipart `file` with the fields title, description, tags (repeatable), theme, visibility, groupId. Files up to 50 MB (413 above); the bytes must be PDF, Office, OpenDocument, text, Markdown, CSV, PNG or JPEG (415 otherwise).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        uploads.MapPost("/{id:guid}/versions", AddVersionAsync).WithName("AddDocumentVersion")
            .WithSummary("Upload a new version (multipart `file`, `note`); the author or a moderator.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<VersionView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, ClaimsPrincipal user, DocumentsDbContext db, MultipartUploadReader uploads,
        IBlobStore blobs, ExtractionSignal extraction, TimeProvider clock, PublicLinks links, CancellationToken cancellationToken)
    {
        var reader = Reader.From(user);
        var (upload, problem) = await uploads.ReadAsync(request, cancellationToken);
        if (problem is not null) return problem.ToResult();
        using var received = upload!;

        var errors = new FieldErrors();
        var metadata = DocumentMetadata.Validate(received.Field("title"), received.Field("description"), received.FieldValues("tags"),
            received.Field("theme"), received.Field("visibility"), received.Field("groupId"), errors);
        if (metadata is not null) await DocumentGroups.CheckAsync(db, metadata, reader, errors, cancellationToken);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (Check(received, out var type) is { } refusal) return refusal.ToResult();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BlobLock.PutAsync(db, blobs, received.Hash, received.TemporaryFile!, cancellationToken);
        await db.KeepNewestAsync([reader.ToKnownMember()], cancellationToken);
        var now = clock.Now();
        var document = new Document
        {
            Id = Guid.CreateVersion7(now),
            Title = "",
            Description = "",
            Visibility = Visibility.Public,
            AuthorId = reader.MemberId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        metadata!.ApplyTo(document);
        document.Versions.Add(NewVersion(document.Id, 1, received, type, null, reader.MemberId, now));
        db.Documents.Add(document);
        db.AddIntegrationEvent(new DocumentPublished(Guid.CreateVersion7(now), now, DocumentMessages.Details(document, links)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        extraction.Notify();
        return TypedResults.Created($"/api/documents/{document.Id}", await DocumentsApi.ViewAsync(db, document, cancellationToken));
    }

    private static async Task<IResult> AddVersionAsync(Guid id, HttpRequest request, ClaimsPrincipal user, DocumentsDbContext db,
        MultipartUploadReader uploads, IBlobStore blobs, ExtractionSignal extraction, TimeProvider clock, PublicLinks links, CancellationToken cancellationToken)
    {
        var reader = Reader.From(user);
        var visible = await db.VisibleTo(reader).Where(d => d.Id == id).Select(d => new { d.AuthorId }).FirstOrDefaultAsync(cancellationToken);
        if (visible is null) return TypedResults.NotFound();
        if (!reader.MayChange(visible.AuthorId))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the author or a moderator may add a version.");
        }
        var (upload, problem) = await uploads.ReadAsync(request, cancellationToken);
        if (problem is not null) return problem.ToResult();
        using var received = upload!;
        var note = received.Field("note")?.Trim();
        if (note is { Length: > 1_000 }) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = ["At most 1000 characters."] });
        if (Check(received, out var type) is { } refusal) return refusal.ToResult();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BlobLock.PutAsync(db, blobs, received.Hash, received.TemporaryFile!, cancellationToken);
        // The uploader is named on the version: a moderator who never shared a document is not yet known here.
        await db.KeepNewestAsync([reader.ToKnownMember()], cancellationToken);
        // Two versions uploaded at once get consecutive numbers: the document's row is locked while one is added.
        var document = await db.Documents.FromSql($"SELECT * FROM documents WHERE id = {id} AND deleted_at IS NULL FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null) return TypedResults.NotFound();
        var now = clock.Now();
        var version = NewVersion(id, document.CurrentVersion + 1, received, type, string.IsNullOrEmpty(note) ? null : note, reader.MemberId, now);
        db.Add(version);
        document.CurrentVersion = version.Number;
        document.Revision++;
        document.UpdatedAt = now;
        db.AddIntegrationEvent(new DocumentVersionAdded(Guid.CreateVersion7(now), now, DocumentMessages.Details(document, links), version.Note));
        if (reader.Moderates(document.AuthorId))
        {
            db.AddAuditEntry(AuditActor.Of(request.HttpContext), "document.version_added", DocumentsApi.DocumentTarget(document), now, $"versie {version.Number}");
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        extraction.Notify();
        return TypedResults.Created($"/api/documents/{id}/versions/{version.Number}/content", new VersionView(version.Number, version.FileName,
            version.ContentType, version.Size, version.Note, version.UploadedAt, version.ExtractionState, $"/api/documents/{id}/versions/{version.Number}/content"));
    }

    /// <summary>The bytes decide the type: unknown or executable content is refused, and so is a declared type the bytes
    /// contradict (a "PDF" that is a program) and a name that would run as a program when opened
    /// (<see cref="FileExtensions"/>).</summary>
    private static UploadProblem? Check(ReceivedUpload upload, out DetectedType type)
    {
        type = null!;
        if (upload.Size == 0) return new UploadProblem(StatusCodes.Status400BadRequest, "The file is empty.");
        var detected = ContentSniffer.Detect(upload.TemporaryFile!, upload.FileName);
        if (detected is null)
        {
            return new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "This kind of file is not accepted.",
                "Accepted: PDF, Word, Excel and PowerPoint (Office Open XML), OpenDocument, plain text, Markdown, CSV, PNG and JPEG.");
        }
        type = detected;
        var shown = DisplayFileName.From(upload.FileName, []);
        if (FileExtensions.IsRunnable(shown))
        {
            return new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "This file name is not accepted.",
                $"A name ending in {Path.GetExtension(shown)} runs as a program or page when opened; name the file for what it is (for example .txt, .pdf, .png).");
        }
        var declared = upload.DeclaredContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (declared is not null and not "application/octet-stream" && declared != type.ContentType.Split(';')[0]
            && !(declared.StartsWith("text/", StringComparison.Ordinal) && type.ContentType.StartsWith("text/", StringComparison.Ordinal)))
        {
            return new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "The file is not what its content type says.",
                $"Declared {declared}, but the bytes are {type.ContentType.Split(';')[0]}.");
        }
        return null;
    }

    private static DocumentVersion NewVersion(Guid documentId, int number, ReceivedUpload upload, DetectedType type, string? note, Guid? uploadedBy,
        DateTimeOffset now) => new()
        {
            DocumentId = documentId,
            Number = number,
            BlobHash = upload.Hash,
            Size = upload.Size,
            ContentType = type.ContentType,
            FileName = DisplayFileName.From(upload.FileName, FileExtensions.Of(type.ContentType)),
            Note = note,
            UploadedBy = uploadedBy,
            UploadedAt = now,
            ExtractionState = type.HasText ? ExtractionState.Pending : ExtractionState.NotApplicable,
        };
}
