using Yarp.ReverseProxy.Forwarder;

namespace Netwerk.Gateway.Routing;

/// <summary>YARP answers a dead or unreachable service with a bare status code; clients get problem details.</summary>
internal sealed class ProxyErrorProblemDetails(RequestDelegate next, IProblemDetailsService problemDetails)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted) return;

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
