using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.Events.Tests.Scheduling;

/// <summary>Bad input gets a 400 naming the field, and nothing is scheduled.</summary>
public sealed class SchedulingValidationTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    public static TheoryData<string, object?, string> Invalid => new()
    {
        { "endsAt", "2020-01-01T10:00:00Z", "endsAt" },
        { "capacity", 0, "capacity" },
        { "registrationClosesAt", "2099-01-01T10:00:00Z", "registrationClosesAt" },
        { "onlineUrl", "niet een adres", "onlineUrl" },
        { "onlineUrl", "javascript:alert(1)", "onlineUrl" },
        // A meeting link over plain http can be read and changed on the way (issue 26, 8).
        { "onlineUrl", "http://meet.example.org/regio-noord", "onlineUrl" },
        // A typing error, not a plan; and no such working group (it would silently be the whole network's event).
        { "startsAt", "9999-01-01T10:00:00Z", "startsAt" },
        { "groupId", "0195f3a1-0000-7000-8000-000000000099", "groupId" },
        { "timeZone", "Mars/Olympus_Mons", "timeZone" },
        { "title", "", "title" },
        { "startsAt", "volgende week", "startsAt" },
        { "startsAt", "2027-03-28T02:30", "startsAt" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_field_is_named_and_nothing_is_scheduled(string field, object? value, string expectedError)
    {
        var before = await fixture.CountAsync("SELECT count(*) FROM network_events");
        var request = EventsFixture.ValidEvent(fixture.Clock.GetUtcNow());
        request[field] = value;
        if (field == "startsAt" && value is "2027-03-28T02:30") request["endsAt"] = "2027-03-28T05:00";
        if (field == "startsAt" && value is "9999-01-01T10:00:00Z") request["endsAt"] = "9999-01-01T12:00:00Z";

        var response = await fixture.AsModerator().PostAsJsonAsync("/api/events", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expectedError, await response.FieldErrorsAsync());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM network_events"));
    }

    [Fact]
    public async Task An_event_may_be_announced_before_its_place_is_known()
    {
        var request = EventsFixture.ValidEvent(fixture.Clock.GetUtcNow());
        request.Remove("location");
        request.Remove("onlineUrl");

        var response = await fixture.AsModerator().PostAsJsonAsync("/api/events", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, created.GetProperty("location").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("onlineUrl").ValueKind);
    }

    [Theory]
    [InlineData("""{"title": "Eerste", "title": "Tweede"}""")]           // the same key twice: which one did the client mean?
    [InlineData("""{"title": "Regio\ud800bijeenkomst"}""")]             // a lone surrogate: no character at all
    [InlineData("""{"location": "\udfff"}""")]
    [InlineData("""{"description": "Agenda \ud800"}""")]
    [InlineData("""{"timeZone": "\ud800"}""")]
    [InlineData("""{"onlineUrl": "https://example.org/\ud800"}""")]
    [InlineData("""{"startsAt": "\ud800"}""")]
    public async Task A_patch_that_is_not_well_formed_text_is_a_400_and_changes_nothing(string patch)
    {
        var scheduled = await fixture.ScheduleAsync();
        var id = scheduled.GetProperty("id").GetGuid();

        var response = await fixture.AsModerator().PatchAsync($"/api/events/{id}", new StringContent(patch, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var after = await fixture.Anonymous().GetFromJsonAsync<JsonElement>($"/api/events/{id}");
        Assert.Equal(scheduled.GetProperty("title").GetString(), after.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_not_a_crash()
    {
        var response = await fixture.AsModerator().PostAsync("/api/events",
            new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("limit=abc", "limit", "\"abc\" is not a whole number.")]
    [InlineData("from=gisteren", "from", "\"gisteren\" is not a date and time (ISO 8601, such as 2026-09-09T08:30:00Z).")]
    [InlineData("groupId=werkgroep-1", "groupId", "\"werkgroep-1\" is not an id (a UUID).")]
    public async Task A_query_value_of_the_wrong_kind_is_a_field_error_saying_what_the_field_holds(string query, string field, string message)
    {
        var response = await fixture.Anonymous().GetAsync($"/api/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal([message], errors.GetProperty(field).EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Text_with_a_NUL_character_is_refused_as_the_clients_mistake_and_nothing_is_scheduled()
    {
        var before = await fixture.CountAsync("SELECT count(*) FROM network_events");

        var response = await fixture.AsModerator().PostAsJsonAsync("/api/events",
            EventsFixture.ValidEvent(fixture.Clock.GetUtcNow()).With("title", "Regio\0bijeenkomst"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM network_events"));
    }

    [Fact]
    public async Task A_very_long_wrong_value_is_not_echoed_whole()
    {
        var response = await fixture.Anonymous().GetAsync($"/api/events?limit={new string('9', 30)}{new string('x', 500)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("limit")[0].GetString()!;
        Assert.True(message.Length < 100, message);
    }

    [Fact]
    public async Task An_unknown_working_group_is_refused_and_a_known_one_is_named()
    {
        var unknown = await fixture.AsModerator().PostAsJsonAsync("/api/events",
            EventsFixture.ValidEvent(fixture.Clock.GetUtcNow()).With("groupId", Guid.NewGuid()));
        Assert.Contains("groupId", await unknown.FieldErrorsAsync());

        var groupId = Guid.NewGuid();
        await fixture.PublishAsync(new Contracts.Groups.GroupCreated(Guid.NewGuid(), DateTimeOffset.UtcNow, groupId, "Professionalisering", ""));
        var scheduled = await Testing.Eventually.ReturnsAsync(
            () => fixture.AsModerator().PostAsJsonAsync("/api/events", EventsFixture.ValidEvent(fixture.Clock.GetUtcNow()).With("groupId", groupId)),
            response => response.StatusCode == HttpStatusCode.Created);

        Assert.Equal("Professionalisering", (await scheduled.JsonAsync()).GetProperty("groupName").GetString());
    }

    [Fact]
    public async Task The_description_is_rendered_without_scripts()
    {
        var body = await fixture.ScheduleAsync(e => e["description"] =
            "Welkom! <script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)> **vet**");

        var html = body.GetProperty("descriptionHtml").GetString()!;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("<strong>vet</strong>", html);
    }
}
