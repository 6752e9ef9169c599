using Microsoft.Extensions.Hosting;

namespace Netwerk.AppHost;

/// <summary>The AppHost parameters the platform seeds its administrator and demo partner from (`admin-email`,
/// `admin-password`, `partner-demo-secret`). A value from configuration (`Parameters__admin-password=…` in the
/// environment, user secrets, appsettings) always wins; in Development the documented default stands in only when
/// none is given, and elsewhere a missing value is asked for.</summary>
public static class PlatformParameters
{
    public static IResourceBuilder<ParameterResource> Add(IDistributedApplicationBuilder builder, string name, string developmentDefault,
        bool secret = false) =>
        builder.Environment.IsDevelopment() && string.IsNullOrEmpty(builder.Configuration[$"Parameters:{name}"])
            ? builder.AddParameter(name, developmentDefault, secret: secret)
            : builder.AddParameter(name, secret: secret);
}
