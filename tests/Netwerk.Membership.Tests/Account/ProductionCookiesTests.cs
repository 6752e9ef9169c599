using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Netwerk.Membership.Data;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Account;

/// <summary>Membership's cookies and headers outside Development (issue 26, 8): Secure, `__Host-` (the whole site, this
/// host only) and Strict-Transport-Security; in Development none of that, so a browser on http://localhost signs in.</summary>
public sealed class ProductionCookiesTests : IAsyncLifetime
{
    private const string AdminEmail = "beheer@school.example";
    private const string AdminPassword = "Een-lang-productie-wachtwoord-31";
    private ServiceFactory<MembershipDbContext> _production = null!;
    private ServiceFactory<MembershipDbContext> _development = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        var (signing, encryption) = IdentityCertificates.Create();
        _production = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = servers.Postgres.NewDatabase("membership_production"),
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
            ["Database:MigrateAtStartup"] = "true",
            ["Identity:SigningCertificate"] = signing,
            ["Identity:EncryptionCertificate"] = encryption,
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            ["Seed:PartnerDemoSecret"] = "partner-geheim-voor-productie-31",
            ["Identity:Clients:netwerk-web-app:Secret"] = "web-app-geheim-voor-productie-31",
        }, environment: "Production");
        _development = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = servers.Postgres.NewDatabase("membership_cookies"),
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        });
    }

    public async Task DisposeAsync()
    {
        await _production.DisposeAsync();
        await _development.DisposeAsync();
    }

    [Fact]
    public async Task Outside_Development_every_cookie_is_Secure_for_the_whole_host_and_HSTS_is_sent()
    {
        var browser = new AccountBrowser(_production.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://netwerk.example"), AllowAutoRedirect = false, HandleCookies = true,
        }));

        var (page, _) = await browser.PageAsync("/account/inloggen");
        var signedIn = await browser.SubmitAsync("/account/inloggen", new Dictionary<string, string> { ["email"] = AdminEmail, ["password"] = AdminPassword });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = SetCookies(page).Concat(SetCookies(signedIn)).ToList();
        Assert.Contains(cookies, cookie => cookie.StartsWith("__Host-netwerk_account=", StringComparison.Ordinal));
        Assert.Contains(cookies, cookie => cookie.StartsWith("__Host-.AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            Assert.StartsWith("__Host-", cookie);
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        });
        Assert.StartsWith("max-age=", page.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task In_Development_the_cookies_keep_their_names_and_no_HSTS_is_sent()
    {
        var (page, _) = await new AccountBrowser(_development.CreateClient()).PageAsync("/account/inloggen");

        var cookies = SetCookies(page).ToList();
        Assert.Contains(cookies, cookie => cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain(cookies, cookie => cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
