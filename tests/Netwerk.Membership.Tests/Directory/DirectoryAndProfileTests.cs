using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Directory;

public sealed class DirectoryAndProfileTests(DemoNetworkFixture demo) : IClassFixture<DemoNetworkFixture>
{
    [Fact]
    public async Task The_directory_finds_colleagues_by_organisation_and_leaves_out_pending_registrations()
    {
        var anne = await demo.DemoMemberAsync("anne.devries");

        var found = await Names(anne, "/api/members?q=maas");
        var all = await Names(anne, "/api/members?limit=100");

        Assert.Equal(["Dirk Smit", "Fatima El Amrani"], found.Order().ToArray());
        Assert.DoesNotContain("Gerrit Mulder", all); // registered, not yet approved
        Assert.DoesNotContain("Beheerder Netwerk", all); // did not consent to the directory
    }

    [Fact]
    public async Task The_directory_filters_by_sector()
    {
        var anne = await demo.DemoMemberAsync("anne.devries");

        var primary = await Names(anne, "/api/members?sector=po&limit=100");

        Assert.Contains("Anne de Vries", primary);
        Assert.DoesNotContain("Bram Jansen", primary);
    }

    [Fact]
    public async Task The_directory_is_for_members_only()
    {
        var response = await demo.Service.CreateClient().GetAsync("/api/members");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_member_outside_the_directory_is_a_404()
    {
        var anne = await demo.DemoMemberAsync("anne.devries");
        var gerrit = await PostgresInstance.QueryScalarAsync<Guid>(demo.Database,
            "SELECT id FROM members WHERE email = 'gerrit.mulder@demo.netwerk.example'");

        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/api/members/{gerrit}")).StatusCode);
    }

    [Fact]
    public async Task A_profile_change_needs_the_current_ETag_and_raises_MemberProfileUpdated()
    {
        var bram = await demo.DemoMemberAsync("bram.jansen");
        var read = await bram.GetAsync("/api/members/me");
        var etag = read.Headers.ETag!.ToString();

        var stale = await Patch(bram, "\"verouderd\"", new { jobTitle = "Coördinator informatiebeleid" });
        var fresh = await Patch(bram, etag, new { jobTitle = "Coördinator informatiebeleid" });
        var again = await Patch(bram, etag, new { jobTitle = "Nog iets anders" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("Coördinator informatiebeleid", (await fresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobTitle").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, again.StatusCode); // the ETag changed with the first update
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(demo.Database,
            "SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.MemberProfileUpdated,%' AND payload->>'jobTitle' = 'Coördinator informatiebeleid'"));
    }

    [Fact]
    public async Task Withdrawing_directory_consent_takes_the_member_out_of_the_directory()
    {
        var els = await demo.DemoMemberAsync("els.visser");
        var anne = await demo.DemoMemberAsync("anne.devries");

        var response = await Patch(els, null, new { consents = new { directory = false, partners = false } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Els Visser", await Names(anne, "/api/members?limit=100"));
    }

    [Fact]
    public async Task An_invalid_change_is_a_400_and_changes_nothing()
    {
        var dirk = await demo.DemoMemberAsync("dirk.smit");

        var response = await Patch(dirk, null, new { sector = "hbo", organisation = new { name = "Lyceum Aan de Maas", brin = "XYZ" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sector", out _));
        Assert.True(errors.TryGetProperty("organisation.brin", out _));
        Assert.Equal("vo", (await dirk.GetFromJsonAsync<JsonElement>("/api/members/me")).GetProperty("sector").GetString());
    }

    private static async Task<List<string>> Names(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("displayName").GetString()!).ToList();

    private static Task<HttpResponseMessage> Patch(HttpClient client, string? etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/members/me") { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
