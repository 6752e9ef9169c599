namespace Netwerk.Gateway.Cors;

internal static class CorsDefaults
{
    /// <summary>Browsers may call the API from the origins listed in `Cors:Origins`; none by default.</summary>
    public static void AddGatewayCors(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Correlation-Id", "ETag", "Location", "Retry-After")));
    }
}
