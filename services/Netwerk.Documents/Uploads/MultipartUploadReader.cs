using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Netwerk.ServiceDefaults.Http;

namespace Netwerk.Documents.Uploads;

/// <summary>Reads a multipart/form-data upload section by section, straight from the request body: the file goes to a
/// temporary file through a SHA-256 hash as it arrives, never whole into memory, and the upload stops with 413 the
/// moment it passes the limit. Form fields are small and read as text.</summary>
internal sealed class MultipartUploadReader(IOptions<UploadOptions> options)
{
    private const int MaximumFieldBytes = 16 * 1024;
    private const int MaximumFields = 64;

    public async Task<(ReceivedUpload? Upload, UploadProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaximumFileBytes;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Send the document as multipart/form-data.",
                "A part named `file` with the document, and the fields title, description, tags, theme, visibility and groupId."));
        }
        if (request.ContentLength > limit + UploadLimits.EnvelopeBytes) return (null, TooLarge(limit));
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = limit + UploadLimits.EnvelopeBytes;
        }

        var upload = new ReceivedUpload(new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase));
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            var fields = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !(disposition.IsFormDisposition() || disposition.IsFileDisposition()))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    if (name != "file" || upload.TemporaryFile is not null)
                    {
                        upload.Dispose();
                        return (null, new UploadProblem(StatusCodes.Status400BadRequest, "Send exactly one file, in the part named `file`."));
                    }
                    if (!await ReceiveFileAsync(section, disposition, upload, limit, cancellationToken))
                    {
                        upload.Dispose();
                        return (null, TooLarge(limit));
                    }
                }
                else
                {
                    var value = ++fields > MaximumFields ? null : await ReadFieldAsync(section.Body, cancellationToken);
                    if (value is null)
                    {
                        upload.Dispose();
                        return (null, new UploadProblem(StatusCodes.Status400BadRequest,
                            fields > MaximumFields ? "Too many form fields." : $"The field `{name}` is too long."));
                    }
                    if (!upload.Fields.TryGetValue(name, out var values)) upload.Fields[name] = values = [];
                    values.Add(value);
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            upload.Dispose();
            return (null, TooLarge(limit));
        }
        catch (IOException exception)
        {
            upload.Dispose();
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "The multipart body could not be read.", exception.Message));
        }
        catch (InvalidDataException exception)
        {
            upload.Dispose();
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "The multipart body could not be read.", exception.Message));
        }
        catch
        {
            // The client went away (cancelled) or worse: the temporary file goes either way.
            upload.Dispose();
            throw;
        }
        if (upload.TemporaryFile is null) return (null, new UploadProblem(StatusCodes.Status400BadRequest, "The part named `file` is missing."));
        return (upload, null);
    }

    private async Task<bool> ReceiveFileAsync(MultipartSection section, ContentDispositionHeaderValue disposition, ReceivedUpload upload, long limit,
        CancellationToken cancellationToken)
    {
        var folder = options.Value.TemporaryFolder ?? Path.GetTempPath();
        Directory.CreateDirectory(folder);
        upload.TemporaryFile = Path.Combine(folder, $"netwerk-upload-{Guid.NewGuid():N}");
        upload.FileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
        upload.DeclaredContentType = section.ContentType;

        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        await using (var file = new FileStream(upload.TemporaryFile, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > limit) return false;
                sha256.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        upload.Size = size;
        upload.Hash = Convert.ToHexStringLower(sha256.GetHashAndReset());
        return true;
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaximumFieldBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static UploadProblem TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, "The file is too large.", $"Files up to {limit / (1024 * 1024)} MB are accepted.");
}
