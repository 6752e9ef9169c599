using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Netwerk.Membership.Data;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests;

/// <summary>The membership service on a database of its own, against the run's real servers, mailing to a real SMTP
/// sink, with its log lines kept, and with a third-party client (`school-portal`) registered as a partner's would be.</summary>
public sealed class MembershipFixture : IAsyncLifetime
{
    public const string WebAppSecret = "web-app-test-secret";
    public const string WebAppRedirectUri = "https://netwerk.test/signin-oidc";
    public const string WebAppPostLogoutUri = "https://netwerk.test/signout-callback-oidc";
    public const string PortalClientId = "school-portal";
    public const string PortalSecret = "school-portal-test-secret";
    public const string PortalRedirectUri = "https://portal.school.test/callback";

    public ServiceFactory<MembershipDbContext> Service { get; private set; } = null!;
    public string DatabaseConnectionString { get; private set; } = "";
    public SmtpSink Mail { get; } = new();
    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        DatabaseConnectionString = servers.Postgres.NewDatabase("membership");
        Service = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = DatabaseConnectionString,
            ["ConnectionStrings:messaging"] = servers.Broker.ConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = Mail.Port.ToString(),
            ["Email:UseTls"] = "false",
            ["Identity:Clients:netwerk-web-app:Secret"] = WebAppSecret,
            ["Identity:Clients:netwerk-web-app:RedirectUris:0"] = WebAppRedirectUri,
            ["Identity:Clients:netwerk-web-app:PostLogoutRedirectUris:0"] = WebAppPostLogoutUri,
            [$"Identity:Clients:{PortalClientId}:DisplayName"] = "Schoolportaal De Regenboog",
            [$"Identity:Clients:{PortalClientId}:Secret"] = PortalSecret,
            [$"Identity:Clients:{PortalClientId}:RedirectUris:0"] = PortalRedirectUri,
        }, services => services.AddLogging(logging => logging.AddProvider(Logs)));
        // Starting the host runs the migrations, so tests may query the database from their first line.
        Service.CreateClient().Dispose();
    }

    /// <summary>A browser of its own (its own cookies), that does not follow redirects by itself.</summary>
    public AccountBrowser NewBrowser() =>
        new(Service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        Mail.Dispose();
    }
}
