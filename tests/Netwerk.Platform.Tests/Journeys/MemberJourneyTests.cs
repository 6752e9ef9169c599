using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Journeys;

/// <summary>One member from start to finish, as the issue tells it: register, wait, get approved, log in, update
/// the profile, join a group, export, leave.</summary>
public sealed class MemberJourneyTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private const string Password = "Veilig-wachtwoord-42";
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task The_whole_life_of_a_member()
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var registered = await _slice.RegisterAsync("Ruben Peters", email: email);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var waiting = await _slice.Membership.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "netwerk-web",
            ["username"] = email,
            ["password"] = Password,
            ["scope"] = "api",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, waiting.StatusCode);

        var admin = await _slice.AsAdministratorAsync(_slice.Membership.CreateClient());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/members/{id}/approve", null)).StatusCode);

        var member = _slice.Membership.CreateClient();
        member.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _slice.TokenAsync(email, Password));
        var profile = await member.GetAsync("/api/members/me");
        var update = new HttpRequestMessage(HttpMethod.Patch, "/api/members/me") { Content = JsonContent.Create(new { region = "Gelderland" }) };
        update.Headers.TryAddWithoutValidation("If-Match", profile.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await member.SendAsync(update)).StatusCode);

        var groups = await member.GetFromJsonAsync<JsonElement>("/api/groups");
        var ambition = groups.EnumerateArray().First(g => g.GetProperty("isAmbition").GetBoolean()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await member.PostAsync($"/api/groups/{ambition}/members", null)).StatusCode);

        var export = await member.GetFromJsonAsync<JsonElement>("/api/members/me/export");
        var mine = export.GetProperty("services").GetProperty("membership");
        Assert.Equal("Gelderland", mine.GetProperty("region").GetString());
        Assert.Equal(ambition, mine.GetProperty("groups").EnumerateArray().Single().GetProperty("groupId").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync("/api/members/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/members/me")).StatusCode);
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.MembershipDatabase,
            $"SELECT count(*) FROM group_memberships WHERE member_id = '{id}'"));
    }
}
