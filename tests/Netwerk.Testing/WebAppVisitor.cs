using System.Net;

namespace Netwerk.Testing;

/// <summary>One person using the web app through the gateway from an address of their own (127.x.y.z,
/// <see cref="LoopbackClient"/>), as a browser without script does: cookies kept, forms posted with their hidden
/// fields, redirects followed one by one. For the end-to-end tests and the crowd benchmark alike.</summary>
public sealed class WebAppVisitor(Uri gateway, string address)
{
    /// <summary>Never an address the flow goes to: follow every redirect.</summary>
    private const string Nowhere = "\0";

    public AccountBrowser Browser { get; } = new(LoopbackClient.From(address, gateway, asBrowser: true, TimeSpan.FromSeconds(60)));

    /// <summary>The code flow from the web app's *Inloggen*: membership's sign-in page, the code back at
    /// `/signin-oidc`, the web app's code exchange, and home. The final page and its HTML.</summary>
    public async Task<(HttpStatusCode Status, string Html)> SignInAsync(string email, string password)
    {
        var (status, html, _) = await SignInAsync(email, password, returnTo: null);
        return (status, html);
    }

    /// <summary>The same from `/inloggen?terug=…`: the page it ends on, and its address.</summary>
    public async Task<(HttpStatusCode Status, string Html, Uri Address)> SignInAsync(string email, string password, string? returnTo)
    {
        var start = returnTo is null ? "/inloggen" : $"/inloggen?terug={Uri.EscapeDataString(returnTo)}";
        var signInPage = await Browser.FollowAsync(await Browser.Client.GetAsync(start), Nowhere);
        var html = await signInPage.Content.ReadAsStringAsync();
        if (signInPage.StatusCode != HttpStatusCode.OK) return (signInPage.StatusCode, html, signInPage.RequestMessage!.RequestUri!);
        var posted = await Browser.SubmitFormAsync(signInPage.RequestMessage!.RequestUri!, html,
            new Dictionary<string, string> { ["email"] = email, ["password"] = password });
        var arrived = await Browser.FollowAsync(posted, Nowhere);
        return (arrived.StatusCode, await arrived.Content.ReadAsStringAsync(), arrived.RequestMessage!.RequestUri!);
    }

    /// <summary>`/aanmelden` filled in and posted; the page it ends on (its status, HTML and answer).</summary>
    public async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> SignUpAsync(string email)
    {
        var posted = await Browser.SubmitAsync("/aanmelden", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Sanne Visser",
            ["Input.Email"] = email,
            ["Input.Password"] = "Veilig-wachtwoord-42",
            ["Input.JobTitle"] = "Informatiemanager",
            ["Input.OrganisationName"] = "CSG De Horizon",
            ["Input.Sector"] = "vo",
        });
        var page = await Browser.FollowAsync(posted, Nowhere);
        return (page.StatusCode, await page.Content.ReadAsStringAsync(), page);
    }
}
