using Microsoft.Extensions.Hosting;

namespace Netwerk.AppHost;

/// <summary>The AppHost parameters the platform's secrets come from (`admin-password`, `web-app-secret`, …). A value
/// from configuration (`Parameters__admin-password=…` in the environment, user secrets, appsettings) always wins; in
/// Development a documented default stands in when none is given. Outside Development nothing stands in:
/// <see cref="RefuseMissing"/> stops the start, naming every parameter that is not given, before any process runs.</summary>
public sealed class PlatformParameters(IDistributedApplicationBuilder builder)
{
    private readonly List<string> _missing = [];

    /// <param name="developmentDefault">The value in Development; null for a parameter only production asks for.</param>
    public IResourceBuilder<ParameterResource> Add(string name, string? developmentDefault, bool secret = false)
    {
        var given = !string.IsNullOrEmpty(builder.Configuration[$"Parameters:{name}"]);
        if (!given && builder.Environment.IsDevelopment() && developmentDefault is not null)
        {
            return builder.AddParameter(name, developmentDefault, secret: secret);
        }
        if (!given) _missing.Add(name);
        return builder.AddParameter(name, secret: secret);
    }

    /// <summary>Outside Development, a platform without its secrets does not start half-way with a dashboard asking
    /// for them: it refuses at once and says what to set.</summary>
    public void RefuseMissing()
    {
        if (_missing.Count == 0 || builder.Environment.IsDevelopment()) return;
        throw new MissingPlatformParametersException(builder.Environment.EnvironmentName, _missing);
    }
}

/// <summary>The platform was started outside Development without some of its secrets.</summary>
public sealed class MissingPlatformParametersException(string environment, IReadOnlyList<string> missing) : Exception(
    $"Netwerk does not start in {environment} without its secrets. Missing: {string.Join(", ", missing)}. " +
    $"Give each as an environment variable ({string.Join(" ", missing.Select(name => $"Parameters__{name}=…"))}) or in the AppHost's " +
    "user secrets; docs/operations.md (\"Production\") says what each one is and how to make the certificates.")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}
