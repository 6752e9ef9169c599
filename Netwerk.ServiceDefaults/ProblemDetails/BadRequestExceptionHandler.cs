using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>A request the framework could not read (malformed JSON, a body too large, a wrong form, a query value of
/// the wrong kind, a form value with a NUL character) is the client's mistake: answer with its 4xx and say what was
/// wrong, never with a 500. A value that did not fit its parameter is a validation error on that field
/// (<see cref="ParameterBindingError"/>).</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is InvalidDataException && IsFromAspNetCore(exception))
        {
            return await CouldNotReadAsync(httpContext, exception, StatusCodes.Status400BadRequest, exception.Message);
        }
        if (exception is not BadHttpRequestException badRequest) return false;

        if (ParameterBindingError.From(badRequest.Message) is var (field, message))
        {
            httpContext.Response.StatusCode = badRequest.StatusCode;
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
        return await CouldNotReadAsync(httpContext, exception, badRequest.StatusCode, badRequest.InnerException?.Message ?? badRequest.Message);
    }

    private ValueTask<bool> CouldNotReadAsync(HttpContext httpContext, Exception exception, int status, string detail) =>
        problemDetails.WriteAsync(httpContext, exception, status, "The request could not be read.", detail);

    /// <summary>ASP.NET Core's form reader throws this for a form it will not read (a NUL character in a value, too
    /// many or too long values) when a library reads the form itself, as OpenIddict does at /connect/token; minimal
    /// API endpoints get a <see cref="BadHttpRequestException"/> for the same. Thrown elsewhere (a corrupt file the
    /// service reads), it is not the request's fault and stays a 500.</summary>
    private static bool IsFromAspNetCore(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) == true;
}
