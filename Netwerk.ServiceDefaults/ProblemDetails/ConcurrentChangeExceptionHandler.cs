using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>Two requests that change the same thing at the same moment (a member leaving a group twice at once, the
/// first preferences sent six times together, one subscription patched in parallel): the database lets one win and
/// refuses the other's statement, as a row that changed under it (a concurrency token, a row already deleted), a key
/// that now exists, or a transaction it could not serialise. The refused request stored nothing, so its client gets a
/// 409 it can act on (read again, repeat if still wanted) instead of a 500. One place for every endpoint.</summary>
internal sealed class ConcurrentChangeExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    // PostgreSQL's SQLSTATE codes for a statement that lost a race.
    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!LostARace(exception) || httpContext.Response.HasStarted) return false;

        return await problemDetails.WriteAsync(httpContext, exception, StatusCodes.Status409Conflict, "Another request changed this at the same moment.",
            "Nothing of this request was stored. Read the resource again and repeat the request if it is still needed.");
    }

    private static bool LostARace(Exception exception) => exception.AnyCause(cause =>
        cause is DbUpdateConcurrencyException or DbException { SqlState: UniqueViolation or SerializationFailure or DeadlockDetected });
}
