using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>PostgreSQL cannot hold the NUL character (U+0000) in text, so a search, a name or a title that carries one
/// (`?q=%00`, `"title": "a\u0000b"`) fails in the database, wherever the service passes it on. That is the client's
/// input, not the service's fault: the answer is a 400 saying so, not a 500. The statement failed, so nothing was
/// stored. One place for every endpoint and every text field, including those of libraries (OpenIddict's token
/// endpoint).</summary>
internal sealed class UnstorableTextExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnstorableText(exception)) return false;

        return await problemDetails.WriteAsync(httpContext, exception, StatusCodes.Status400BadRequest, "The request contains text that cannot be stored.",
            "Text may not contain the NUL character (U+0000). Remove it and send the request again.");
    }

    // PostgreSQL's SQLSTATE codes for text the database's encoding cannot hold.
    private const string CharacterNotInRepertoire = "22021";
    private const string UntranslatableCharacter = "22P05";

    private static bool IsUnstorableText(Exception exception) =>
        exception.AnyCause(cause => cause is DbException { SqlState: CharacterNotInRepertoire or UntranslatableCharacter });
}
