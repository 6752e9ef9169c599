using Microsoft.AspNetCore.Http.Features;
using Netwerk.ServiceDefaults.ProblemDetails;
using Yarp.ReverseProxy.Forwarder;

namespace Netwerk.Gateway.Routing;

/// <summary>YARP answers a dead or unreachable service with a bare status code; clients get problem details.</summary>
internal sealed class ProxyErrorProblemDetails(RequestDelegate next, IProblemDetailsService problemDetails)
{
    private static bool BodyTooLarge(Exception? exception) =>
        exception.AnyCause(cause => cause is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge });

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted) return;
        if (BodyTooLarge(error.Exception) && context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit)
        {
            // The client's body ran past RequestBodyLimit while it was being forwarded: the client's doing, not the service's.
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await RequestBodyLimit.Refusal(limit).ExecuteAsync(context);
            return;
        }

        // No destination at all (the service is not running) is 503; a destination that failed to answer is 502,
        // and one that answered too slowly is 504, as YARP already decided.
        var status = error.Error == ForwarderError.NoAvailableDestinations
            ? StatusCodes.Status503ServiceUnavailable
            : context.Response.StatusCode >= 500 ? context.Response.StatusCode : StatusCodes.Status502BadGateway;
        context.Response.StatusCode = status;
        var service = context.GetRouteModel().Cluster?.ClusterId ?? "requested";
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status504GatewayTimeout ? "The service did not answer in time." : "The service is not available.",
                Detail = $"The gateway could not reach the {service} service. Try again shortly.",
            },
        });
    }
}
