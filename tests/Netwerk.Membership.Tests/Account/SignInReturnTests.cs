using System.Net;
using static Netwerk.Membership.Tests.Account.AccountSteps;

namespace Netwerk.Membership.Tests.Account;

/// <summary>Where membership's sign-in page sends a member (issue 26, 1 and 6): back to `terug` only when a browser
/// reads it as a page of this site; ASP.NET Core's IsLocalUrl alone lets `/\t/evil.example` through, which a browser
/// reads as `//evil.example`.</summary>
public sealed class SignInReturnTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private readonly AccountSteps _steps = new(fixture);

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\t\\evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r/evil.example")]
    [InlineData("/\v/evil.example")]
    [InlineData("/\u3000/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_address_that_a_browser_reads_as_another_host_leads_to_the_account(string returnTo)
    {
        var email = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();

        var signedIn = await browser.SubmitAsync($"/account/inloggen?terug={Uri.EscapeDataString(returnTo)}",
            new Dictionary<string, string> { ["email"] = email, ["password"] = Password });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_page_of_the_site_is_where_the_member_returns()
    {
        var email = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();

        var signedIn = await browser.SubmitAsync("/account/inloggen?terug=%2Fconnect%2Fauthorize%3Fclient_id%3Dx",
            new Dictionary<string, string> { ["email"] = email, ["password"] = Password });

        Assert.Equal("/connect/authorize?client_id=x", signedIn.Headers.Location!.OriginalString);
    }
}
