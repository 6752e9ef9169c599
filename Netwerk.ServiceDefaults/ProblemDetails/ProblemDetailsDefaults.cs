using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.ServiceDefaults.Json;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>RFC 9457 problem details for every error a Netwerk process returns, thrown or not.</summary>
public static class ProblemDetailsDefaults
{
    public static IServiceCollection AddNetwerkProblemDetails(this IServiceCollection services)
    {
        // Asked before the JSON writer (writers are asked in the order they were added): a browser gets a page.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, BrowserProblemPage>());
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Type ??= $"https://httpstatuses.io/{context.ProblemDetails.Status}";
            // API.md promises a detail on every problem; a validation problem's detail points at its field list.
            if (context.ProblemDetails is HttpValidationProblemDetails) context.ProblemDetails.Detail ??= "Correct the fields listed under errors.";
            // The trace id, not the connection-scoped request id: it finds the whole trace in the dashboard.
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Minimal APIs only throw for unreadable bodies when told to; thrown, they reach the handler above and get a
        // problem details body instead of an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // A body that names a field twice (`{"title":"a","title":"b"}`) is ambiguous: refused while the body is read, it
        // is a 400 like any other unreadable body, for typed bodies and merge patches (JsonObject) alike; so is a
        // merge patch holding a lone surrogate.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.Converters.Add(new WellFormedJsonObjectConverter());
        });
        return services;
    }

    /// <summary>Exceptions and bare status codes (404 for an unknown path, 405, 415) become problem details.</summary>
    public static IApplicationBuilder UseNetwerkProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
