using System.Net;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests.WebApp;

/// <summary>Where the web app sends a member after signing in: back to the page named in `terug` when it is a page of
/// this site, else home; never to another host, however the address is spelled.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInReturnTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\t\\evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\u3000/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_address_that_a_browser_reads_as_another_host_leads_home(string returnTo)
    {
        await platform.IssuerAsync();
        var visitor = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.29.1");

        var (status, html, address) = await visitor.SignInAsync("anne.devries@demo.netwerk.example", "Netwerk-demo-2026", returnTo);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(platform.Gateway.BaseAddress!.Authority, address.Authority);
        Assert.Equal("/", address.AbsolutePath);
        Assert.Contains("Welkom, ", html);
    }

    [Fact]
    public async Task A_page_of_the_site_is_where_the_member_returns()
    {
        await platform.IssuerAsync();
        var visitor = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.29.2");

        var (status, _, address) = await visitor.SignInAsync("bram.jansen@demo.netwerk.example", "Netwerk-demo-2026", "/bijeenkomsten");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/bijeenkomsten", address.AbsolutePath);
    }
}
