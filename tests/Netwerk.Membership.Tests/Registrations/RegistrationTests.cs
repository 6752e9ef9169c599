using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Registrations;

public sealed class RegistrationTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private readonly HttpClient _client = fixture.Service.CreateClient();

    [Fact]
    public async Task A_valid_registration_is_stored_pending_and_raises_MemberRegistered_in_the_same_transaction()
    {
        var email = UniqueEmail();
        var response = await _client.PostAsJsonAsync("/api/members/registrations", ValidRegistration(email));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", body.GetProperty("status").GetString());
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/members/{id}", response.Headers.Location?.OriginalString);

        Assert.Equal("Pending", await Scalar<string>($"SELECT status FROM members WHERE id = '{id}'"));
        var organisationInEvent = await Scalar<string>(
            $"SELECT payload->>'organisationName' FROM outbox_messages WHERE event_type LIKE 'Netwerk.Contracts.Members.MemberRegistered,%' AND payload->>'memberId' = '{id}'");
        Assert.Equal("OBS De Linde", organisationInEvent);
    }

    [Fact]
    public async Task The_password_is_stored_as_a_hash_never_as_given()
    {
        var email = UniqueEmail();
        await _client.PostAsJsonAsync("/api/members/registrations", ValidRegistration(email));

        var hash = await Scalar<string>($"SELECT password_hash FROM members WHERE email = '{email}'");
        Assert.DoesNotContain("Veilig-wachtwoord-42", hash);
        Assert.True(hash.Length > 40);
    }

    [Fact]
    public async Task A_second_registration_with_the_same_address_in_other_capitals_is_a_conflict()
    {
        var email = UniqueEmail();
        await _client.PostAsJsonAsync("/api/members/registrations", ValidRegistration(email));

        var response = await _client.PostAsJsonAsync("/api/members/registrations", ValidRegistration(email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM members WHERE normalized_email = '{email.ToUpperInvariant()}'"));
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_address_create_exactly_one_member()
    {
        var email = UniqueEmail();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            _client.PostAsJsonAsync("/api/members/registrations", ValidRegistration(email))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM outbox_messages WHERE payload->>'displayName' = 'Anne de Vries' AND payload->>'memberId' IN (SELECT id::text FROM members WHERE email = '{email}')"));
    }

    [Theory]
    [InlineData("email", "not-an-address")]
    [InlineData("password", "short1")]
    [InlineData("password", "onlyletterslongenough")]
    [InlineData("password", "Password12")]
    [InlineData("password", "welkom1234")]
    [InlineData("sector", "mbo")]
    [InlineData("displayName", "")]
    [InlineData("displayName", "Anne \u202Eseirved")]
    [InlineData("displayName", "\u001b[31mRood")]
    [InlineData("jobTitle", "ICT\u200Bcoördinator")]
    public async Task Invalid_input_is_a_400_naming_the_field_and_stores_nothing(string field, string value)
    {
        var email = UniqueEmail();
        var registration = ValidRegistration(email);
        registration[field] = value;

        var response = await _client.PostAsJsonAsync("/api/members/registrations", registration);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        Assert.Equal(0L, await Scalar<long>($"SELECT count(*) FROM members WHERE normalized_email = '{email.ToUpperInvariant()}'"));
    }

    [Theory]
    [InlineData("12AB", true)]
    [InlineData("12ab03", true)]
    [InlineData("1AB2", false)]
    [InlineData("12ABC", false)]
    public async Task A_BRIN_is_two_digits_two_letters_and_optionally_a_location(string brin, bool accepted)
    {
        var registration = ValidRegistration(UniqueEmail());
        registration["organisation"] = new Dictionary<string, object?> { ["name"] = "OBS De Linde", ["brin"] = brin };

        var response = await _client.PostAsJsonAsync("/api/members/registrations", registration);

        Assert.Equal(accepted ? HttpStatusCode.Created : HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_not_a_500()
    {
        var response = await _client.PostAsync("/api/members/registrations",
            new StringContent("{\"email\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<T> Scalar<T>(string sql) => PostgresInstance.QueryScalarAsync<T>(fixture.DatabaseConnectionString, sql);

    private static string UniqueEmail() => $"lid-{Guid.NewGuid():N}@school.example";

    private static Dictionary<string, object?> ValidRegistration(string email) => new()
    {
        ["email"] = email,
        ["password"] = "Veilig-wachtwoord-42",
        ["displayName"] = "Anne de Vries",
        ["organisation"] = new Dictionary<string, object?> { ["name"] = "OBS De Linde", ["brin"] = "12AB" },
        ["jobTitle"] = "ICT-coördinator",
        ["sector"] = "po",
        ["region"] = "Utrecht",
        ["consents"] = new Dictionary<string, object?> { ["directory"] = true, ["partners"] = false },
    };
}
