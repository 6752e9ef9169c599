using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Membership.Tests.Identity;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Demo;

public sealed class DemoDataTests(DemoNetworkFixture demo) : IClassFixture<DemoNetworkFixture>
{
    [Fact]
    public async Task A_first_development_start_shows_active_members_and_registrations_waiting()
    {
        var admin = await demo.AdminAsync();

        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/members/registrations?status=pending");
        var active = await admin.GetFromJsonAsync<JsonElement>("/api/members/registrations?status=active&limit=100");

        Assert.Equal(2, pending.GetProperty("items").GetArrayLength());
        Assert.Equal(7, active.GetProperty("items").GetArrayLength()); // six demo members and the administrator
        Assert.Equal(HttpStatusCode.OK,
            (await TokenClient.PasswordGrantAsync(demo.Service.CreateClient(), "anne.devries@demo.netwerk.example", "Netwerk-demo-2026")).StatusCode);
        Assert.Equal(8L, await PostgresInstance.QueryScalarAsync<long>(demo.Database,
            "SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.MemberRegistered,%'"));
    }

    [Fact]
    public async Task Lists_page_with_an_opaque_cursor_until_it_is_null()
    {
        var admin = await demo.AdminAsync();
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/members/registrations?status=active&limit=3&cursor={cursor}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("email").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(7, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("cursor=bm90LWEtY3Vyc29y")]
    [InlineData("status=vergeten")]
    public async Task A_bad_page_request_is_a_400_naming_the_parameter(string query)
    {
        var admin = await demo.AdminAsync();

        var response = await admin.GetAsync($"/api/members/registrations?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(query.Split('=')[0], out _));
    }
}
