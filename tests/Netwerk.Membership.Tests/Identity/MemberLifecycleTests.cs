using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Membership.Tests.Account;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Identity;

/// <summary>A member's life: registered (pending, no token), decided by an administrator, then signed in.</summary>
public sealed class MemberLifecycleTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private const string Password = AccountSteps.Password;

    [Fact]
    public async Task The_discovery_document_is_public_and_names_the_token_endpoint()
    {
        var discovery = await fixture.Service.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Contains("password", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_seeded_administrator_gets_a_JWT_with_subject_and_roles()
    {
        var tokens = await TokenClient.TokensAsync(fixture.Service.CreateClient(), TokenClient.AdminEmail, TokenClient.AdminPassword);

        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(tokens.GetProperty("access_token").GetString());
        Assert.True(Guid.TryParse(jwt.Subject, out _));
        Assert.Contains(jwt.Claims, c => c.Type == "role" && c.Value == "admin");
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task A_pending_member_gets_invalid_grant_saying_approval_is_awaited()
    {
        var email = await RegisterAsync();

        var response = await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
        Assert.Contains("approval", error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task An_approved_member_signs_in_and_sees_an_active_profile_with_the_member_role()
    {
        var email = await RegisterAsync();
        var admin = await AdminAsync();
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/members/registrations?status=pending&limit=100");
        var id = pending.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("email").GetString() == email).GetProperty("id").GetGuid();

        var approval = await admin.PostAsync($"/api/members/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);

        var member = await TokenClient.SignedInAsync(fixture.Service.CreateClient, email, Password);
        var profile = await member.GetFromJsonAsync<JsonElement>("/api/members/me");
        Assert.Equal("active", profile.GetProperty("status").GetString());
        Assert.Equal(new[] { "member" }, profile.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.MemberApproved,%' AND payload->>'memberId' = '{id}'"));
    }

    [Fact]
    public async Task Deciding_twice_is_a_conflict()
    {
        var id = await IdOfAsync(await RegisterAsync());
        var admin = await AdminAsync();
        await admin.PostAsync($"/api/members/{id}/approve", null);

        var second = await admin.PostAsJsonAsync($"/api/members/{id}/reject", new { reason = "Te laat bedacht" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task A_rejected_member_is_told_so_when_signing_in()
    {
        var email = await RegisterAsync();
        var id = await IdOfAsync(email);
        var admin = await AdminAsync();

        var rejection = await admin.PostAsJsonAsync($"/api/members/{id}/reject", new { reason = "Geen school of bestuur in po of vo." });
        Assert.Equal(HttpStatusCode.OK, rejection.StatusCode);

        var response = await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, Password);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
        Assert.Contains("not approved", error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Only_administrators_decide_registrations()
    {
        var email = await RegisterAsync();
        var id = await IdOfAsync(email);
        await (await AdminAsync()).PostAsync($"/api/members/{id}/approve", null);
        var member = await TokenClient.SignedInAsync(fixture.Service.CreateClient, email, Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/members/registrations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Service.CreateClient().GetAsync("/api/members/registrations")).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token()
    {
        var client = fixture.Service.CreateClient();
        var tokens = await TokenClient.TokensAsync(client, TokenClient.AdminEmail, TokenClient.AdminPassword);

        var refreshed = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "netwerk-web",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        }));

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.True((await refreshed.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("access_token", out _));
    }

    [Theory]
    [InlineData("partner-demo-geheim-2026", HttpStatusCode.OK)]
    [InlineData("een-verkeerd-geheim", HttpStatusCode.Unauthorized)]
    public async Task The_demo_partner_gets_a_webhooks_token_with_its_secret_only(string secret, HttpStatusCode expected)
    {
        var response = await fixture.Service.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "partner-demo",
            ["client_secret"] = secret,
            ["scope"] = "webhooks",
        }));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var jwt = new JwtSecurityTokenHandler().ReadJwtToken((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
            Assert.Equal("partner-demo", jwt.Subject);
            Assert.Contains("webhooks", jwt.Claims.Single(c => c.Type == "scope").Value);
        }
    }

    [Fact]
    public async Task A_sign_in_with_a_NUL_character_in_the_address_is_refused_not_a_crash()
    {
        var response = await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), "anne\0@school.example", "Veilig-wachtwoord-42");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_administrator_makes_a_member_moderator_and_the_next_token_says_so()
    {
        var email = await RegisterAsync();
        var id = await IdOfAsync(email);
        var admin = await AdminAsync();
        await admin.PostAsync($"/api/members/{id}/approve", null);

        var response = await admin.PutAsJsonAsync($"/api/members/{id}/roles", new { roles = new[] { "member", "moderator" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await TokenClient.TokensAsync(fixture.Service.CreateClient(), email, Password);
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(["member", "moderator"], jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value).Order().ToArray());
        Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.MemberRolesChanged,%' AND payload->>'memberId' = '{id}'"));
    }

    [Fact]
    public async Task An_unknown_role_is_a_400_and_changes_nothing()
    {
        var id = await IdOfAsync(await RegisterAsync());
        var admin = await AdminAsync();
        await admin.PostAsync($"/api/members/{id}/approve", null);

        var response = await admin.PutAsJsonAsync($"/api/members/{id}/roles", new { roles = new[] { "member", "koning" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM member_roles WHERE user_id = '{id}'"));
    }

    [Fact]
    public async Task The_last_administrator_cannot_give_up_the_role()
    {
        var admin = await AdminAsync();
        var adminId = await IdOfAsync(TokenClient.AdminEmail);

        var response = await admin.PutAsJsonAsync($"/api/members/{adminId}/roles", new { roles = new[] { "member" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private Task<HttpClient> AdminAsync() =>
        TokenClient.SignedInAsync(fixture.Service.CreateClient, TokenClient.AdminEmail, TokenClient.AdminPassword);

    private Task<string> RegisterAsync() => new AccountSteps(fixture).RegisterAsync();

    private Task<Guid> IdOfAsync(string email) => Scalar<Guid>($"SELECT id FROM members WHERE email = '{email}'");

    private Task<T> Scalar<T>(string sql) => PostgresInstance.QueryScalarAsync<T>(fixture.DatabaseConnectionString, sql);
}
