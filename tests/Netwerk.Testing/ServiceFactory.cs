using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Netwerk.Testing;

/// <summary>Hosts one service in the test process against the real servers. <typeparamref name="TEntryPoint"/> is
/// any type of the service's assembly (its DbContext), which lets one test host several services side by side. In
/// Development unless a test of another environment's rules names it.</summary>
public sealed class ServiceFactory<TEntryPoint>(
    IReadOnlyDictionary<string, string?> settings,
    Action<IServiceCollection>? configureServices = null,
    string environment = "Development")
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Host settings reach the service's configuration before Program.cs reads its connection strings.
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        // Tests count members, events and notifications exactly; the demo network would be in the way.
        builder.UseSetting("Seed:DemoData", "false");
        // Every test client comes from one address; the limits get a test of their own.
        builder.UseSetting("RateLimits:registration:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:login:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:tokens:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:account-mail:PermitLimit", "1000000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (configureServices is not null) builder.ConfigureServices(configureServices);
    }
}
