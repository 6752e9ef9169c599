using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>How the exception handlers answer: the status and a problem details body with its title and detail,
/// through the problem details service (so it gets the type and trace id every problem carries).</summary>
internal static class ProblemAnswer
{
    public static async ValueTask<bool> WriteAsync(this IProblemDetailsService problemDetails, HttpContext httpContext, Exception exception,
        int status, string title, string detail)
    {
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
