using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Groups;

public sealed class GroupsAndOrganisationsTests(DemoNetworkFixture demo) : IClassFixture<DemoNetworkFixture>
{
    [Fact]
    public async Task The_three_ambitions_exist_from_the_start()
    {
        var anne = await demo.DemoMemberAsync("anne.devries");

        var groups = await anne.GetFromJsonAsync<JsonElement>("/api/groups");

        var ambitions = groups.EnumerateArray().Where(g => g.GetProperty("isAmbition").GetBoolean())
            .Select(g => g.GetProperty("name").GetString()!).Order().ToArray();
        Assert.Equal(["Behoeften ophalen", "Informatiemanagement op de bestuurstafel", "Professionalisering"], ambitions);
    }

    [Fact]
    public async Task Joining_shows_in_the_group_the_profile_and_the_directory_and_leaving_undoes_it()
    {
        var chantal = await demo.DemoMemberAsync("chantal.bakker");
        // A group of its own: the demo members already work in the ambitions.
        var group = await NewGroupAsync();

        Assert.Equal(HttpStatusCode.Created, (await chantal.PostAsync($"/api/groups/{group}/members", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chantal.PostAsync($"/api/groups/{group}/members", null)).StatusCode);

        var listed = (await chantal.GetFromJsonAsync<JsonElement>("/api/groups")).EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == group);
        Assert.True(listed.GetProperty("isMember").GetBoolean());
        Assert.Equal(1, listed.GetProperty("membersCount").GetInt32());
        Assert.Contains(group, (await chantal.GetFromJsonAsync<JsonElement>("/api/members/me")).GetProperty("groups").EnumerateArray().Select(g => g.GetGuid()));
        var inGroup = await chantal.GetFromJsonAsync<JsonElement>($"/api/members?groupId={group}");
        Assert.Equal(["Chantal Bakker"], inGroup.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("displayName").GetString()!).ToArray());

        Assert.Equal(HttpStatusCode.NoContent, (await chantal.DeleteAsync($"/api/groups/{group}/members/me")).StatusCode);
        Assert.Equal(0, (await chantal.GetFromJsonAsync<JsonElement>($"/api/members?groupId={group}")).GetProperty("items").GetArrayLength());
        Assert.Equal(1L, await Count("GroupMemberJoined", group));
        Assert.Equal(1L, await Count("GroupMemberLeft", group));
    }

    [Fact]
    public async Task Leaving_a_group_one_is_not_in_is_a_404()
    {
        var els = await demo.DemoMemberAsync("els.visser");
        var group = await GroupIdAsync(els, "Informatiemanagement op de bestuurstafel");

        Assert.Equal(HttpStatusCode.NotFound, (await els.DeleteAsync($"/api/groups/{group}/members/me")).StatusCode);
    }

    [Fact]
    public async Task Leaving_twelve_times_at_once_leaves_once_and_no_request_fails()
    {
        var bram = await demo.DemoMemberAsync("bram.jansen");
        var group = await GroupIdAsync(bram, "Behoeften ophalen");
        var me = (await bram.GetFromJsonAsync<JsonElement>("/api/members/me")).GetProperty("id").GetGuid();
        Assert.True((await bram.PostAsync($"/api/groups/{group}/members", null)).IsSuccessStatusCode);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => bram.DeleteAsync($"/api/groups/{group}/members/me")));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.Conflict }));
        Assert.Single(statuses, HttpStatusCode.NoContent);
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(demo.Database,
            $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.GroupMemberLeft,%' AND payload::text LIKE '%{me}%' AND payload::text LIKE '%{group}%'"));
    }

    [Fact]
    public async Task Moderators_start_groups_members_cannot_and_names_are_unique()
    {
        var dirk = await demo.DemoMemberAsync("dirk.smit");
        var admin = await demo.AdminAsync();
        var name = $"Werkgroep AVG {Guid.NewGuid():N}"[..30];

        Assert.Equal(HttpStatusCode.Forbidden, (await dirk.PostAsJsonAsync("/api/groups", new { name, description = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/groups", new { name, description = "Privacy in de praktijk" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/groups", new { name, description = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/groups", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task Joining_a_group_that_does_not_exist_is_a_404()
    {
        var dirk = await demo.DemoMemberAsync("dirk.smit");

        Assert.Equal(HttpStatusCode.NotFound, (await dirk.PostAsync($"/api/groups/{Guid.NewGuid()}/members", null)).StatusCode);
    }

    [Fact]
    public async Task Organisations_count_their_active_members()
    {
        var anne = await demo.DemoMemberAsync("anne.devries");

        var linde = (await anne.GetFromJsonAsync<JsonElement>("/api/organisations?q=linde")).GetProperty("items").EnumerateArray().Single();
        var maas = (await anne.GetFromJsonAsync<JsonElement>("/api/organisations?q=maas")).GetProperty("items").EnumerateArray()
            .Select(o => o.GetProperty("brin").GetString()!).Order().ToArray();

        Assert.Equal("12AB", linde.GetProperty("brin").GetString());
        Assert.Equal(1, linde.GetProperty("membersCount").GetInt32()); // Hanna Kok's registration is still pending
        Assert.Equal(["56EF", "56EF02"], maas);
    }

    [Fact]
    public async Task A_school_whose_only_member_is_not_in_the_directory_is_not_listed()
    {
        var admin = await demo.AdminAsync();
        var school = $"Geheime School {Guid.NewGuid():N}"[..26];
        using var registered = await demo.Service.CreateClient().PostAsJsonAsync("/api/members/registrations", new
        {
            email = $"{Guid.NewGuid():N}@school.example",
            password = "Veilig-wachtwoord-42",
            displayName = "Geert Verborgen",
            organisation = new { name = school, brin = "99ZZ" },
            jobTitle = "ICT-coördinator",
            sector = "po",
            consents = new { directory = false, partners = false },
        });
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/members/{id}/approve", null)).StatusCode);

        var listed = (await admin.GetFromJsonAsync<JsonElement>($"/api/organisations?q={Uri.EscapeDataString(school)}")).GetProperty("items");
        Assert.Equal(0, listed.GetArrayLength());
    }

    private static async Task<Guid> GroupIdAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/groups")).EnumerateArray()
            .Single(g => g.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private async Task<Guid> NewGroupAsync()
    {
        var admin = await demo.AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/groups", new { name = $"Werkgroep {Guid.NewGuid():N}"[..30], description = "Om te proberen" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<long> Count(string eventName, Guid group) => PostgresInstance.QueryScalarAsync<long>(demo.Database,
        $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.{eventName},%' AND payload::text LIKE '%{group}%'");
}
