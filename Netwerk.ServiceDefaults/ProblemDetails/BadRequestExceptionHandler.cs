using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>A request the framework could not read (malformed JSON, a body too large, a wrong form, a query value of
/// the wrong kind) is the client's mistake: answer with its 4xx and say what was wrong, never with a 500. A value that
/// did not fit its parameter is a validation error on that field (<see cref="ParameterBindingError"/>).</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        httpContext.Response.StatusCode = badRequest.StatusCode;
        if (ParameterBindingError.From(badRequest.Message) is var (field, message))
        {
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                {
                    Status = badRequest.StatusCode,
                },
            });
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = badRequest.InnerException?.Message ?? badRequest.Message,
            },
        });
    }
}
