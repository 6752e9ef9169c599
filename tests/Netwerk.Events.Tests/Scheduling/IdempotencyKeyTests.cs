using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Netwerk.Events.Tests.Scheduling;

/// <summary>`Idempotency-Key` on a creating POST (API.md): a repeat gives the first answer and creates nothing.</summary>
public sealed class IdempotencyKeyTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task The_same_key_and_body_again_gives_the_first_answer_and_schedules_nothing_new()
    {
        var key = Guid.NewGuid().ToString();
        var body = EventsFixture.ValidEvent(fixture.Clock.GetUtcNow());
        body["title"] = $"Regiobijeenkomst {key}";

        using var first = await PostAsync(key, body);
        using var again = await PostAsync(key, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).Id(), (await again.Content.ReadFromJsonAsync<JsonElement>()).Id());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM network_events WHERE title = 'Regiobijeenkomst {key}'"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_422_and_schedules_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var body = EventsFixture.ValidEvent(fixture.Clock.GetUtcNow());
        body["title"] = $"Eerste {key}";
        using var first = await PostAsync(key, body);

        body["title"] = $"Tweede {key}";
        using var other = await PostAsync(key, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM network_events WHERE title = 'Tweede {key}'"));
    }

    [Fact]
    public async Task Six_requests_with_one_key_at_the_same_moment_schedule_one_event()
    {
        var key = Guid.NewGuid().ToString();
        var body = EventsFixture.ValidEvent(fixture.Clock.GetUtcNow());
        body["title"] = $"Webinar {key}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(key, body)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location).Distinct());
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM network_events WHERE title = 'Webinar {key}'"));
    }

    [Fact]
    public async Task A_key_that_is_no_key_is_a_400()
    {
        using var response = await PostAsync(new string('k', 300), EventsFixture.ValidEvent(fixture.Clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string key, Dictionary<string, object?> body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return fixture.AsModerator().SendAsync(request);
    }
}
