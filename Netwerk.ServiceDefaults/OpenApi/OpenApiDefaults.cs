using Microsoft.Extensions.DependencyInjection;

namespace Netwerk.ServiceDefaults.OpenApi;

public static class OpenApiDefaults
{
    /// <summary>The service's OpenAPI document without its own address as server: clients reach every service
    /// through the gateway, which serves the document as `/openapi/{service}.json`, so the reference page sends its
    /// requests to the gateway it was loaded from.</summary>
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
}
