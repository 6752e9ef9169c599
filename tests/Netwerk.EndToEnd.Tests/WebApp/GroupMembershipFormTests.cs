using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests.WebApp;

/// <summary>The join and leave buttons of the working groups carry their action: a form sent twice does what it said
/// twice, it does not undo itself.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GroupMembershipFormTests(PlatformFixture platform)
{
    [Fact]
    public async Task Lid_worden_sent_twice_leaves_the_member_in_the_group()
    {
        await platform.IssuerAsync();
        var name = $"Werkgroep dubbel {Guid.NewGuid():N}"[..28];
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/groups") { Content = JsonContent.Create(new { name, description = "Twee keer klikken" }) };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTokens.AdministratorAsync(platform.Gateway));
        using var created = await platform.Gateway.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var visitor = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.29.3");
        var (status, _) = await visitor.SignInAsync("chantal.bakker@demo.netwerk.example", "Netwerk-demo-2026");
        Assert.Equal(HttpStatusCode.OK, status);
        var (page, html) = await visitor.Browser.PageAsync("/werkgroepen");
        Assert.Contains($"Lid worden: {name}", html);

        // The same page's form, sent twice: a double click, or Back and send again.
        for (var i = 0; i < 2; i++)
        {
            var sent = await visitor.Browser.SubmitFormAsync(page.RequestMessage!.RequestUri!, html,
                new Dictionary<string, string> { ["actie"] = "lid-worden" }, handler: $"werkgroep-{id}");
            Assert.Equal(HttpStatusCode.OK, (await visitor.Browser.FollowAsync(sent, "\0")).StatusCode);
        }

        var (_, after) = await visitor.Browser.PageAsync("/werkgroepen");
        Assert.Contains($"Verlaten: {name}", after);
        Assert.DoesNotContain($"Lid worden: {name}", after);
    }
}
