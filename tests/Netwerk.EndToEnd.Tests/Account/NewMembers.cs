using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.EndToEnd.Tests.Account;

/// <summary>A member who signed up through the gateway, confirmed the address from the mail sink and was approved by
/// the administrator: what the account tests start from.</summary>
internal static class NewMembers
{
    public const string Password = "Veilig-wachtwoord-42";

    /// <param name="client">A client from an address of its own: sign-up is limited per address.</param>
    /// <param name="domain">The e-mail address's domain, for a test that treats some addresses apart.</param>
    public static async Task<(string Email, Guid Id)> ApprovedAsync(PlatformFixture platform, HttpClient client, bool consentPartners = false,
        string domain = "school.example")
    {
        var email = $"lid-{Guid.NewGuid():N}@{domain}";
        using var registered = await client.PostAsJsonAsync("/api/members/registrations", new
        {
            email,
            password = Password,
            displayName = "Femke Bakker",
            organisation = new { name = "Openbare Basisschool De Linde", brin = "12AB" },
            jobTitle = "ICT-coördinator",
            sector = "po",
            consents = new { directory = true, partners = consentPartners },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var confirm = new Uri(await platform.Mail.LinkToAsync(email, "Bevestig je e-mailadres")).PathAndQuery;
        var browser = new Netwerk.Testing.AccountBrowser(platform.ClientFrom("127.0.0.1", asBrowser: true));
        var confirmed = await browser.SubmitAsync(confirm, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        using var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/members/{id}/approve");
        approve.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTokens.AdministratorAsync(platform.Gateway));
        using var approved = await platform.Gateway.SendAsync(approve);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return (email, id);
    }
}
