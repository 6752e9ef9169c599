using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Netwerk.ServiceDefaults.Idempotency;

/// <summary>What makes two requests the same request for an idempotency key: the path and query, the media type and
/// the body. A multipart body counts by its parts (their headers and bytes), not by its boundary, which a client
/// draws anew for every attempt. The body is buffered so that the endpoint reads it afterwards as if nobody had.</summary>
internal static class RequestFingerprint
{
    public static async Task<string> OfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, $"{request.Method} {request.Path}{request.QueryString}\n");
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed : null;
        Append(hash, $"{mediaType?.MediaType.Value}\n");

        var boundary = HeaderUtilities.RemoveQuotes(mediaType?.Boundary ?? default).Value;
        if (mediaType?.MediaType.Value?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true && !string.IsNullOrEmpty(boundary))
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                foreach (var header in section.Headers ?? [])
                {
                    Append(hash, $"{header.Key}: {header.Value}\n");
                }
                await AppendAsync(hash, section.Body, cancellationToken);
            }
        }
        else
        {
            await AppendAsync(hash, request.Body, cancellationToken);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    private static async Task AppendAsync(IncrementalHash hash, Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0) hash.AppendData(buffer, 0, read);
    }
}
