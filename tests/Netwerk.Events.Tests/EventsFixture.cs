using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Events.Data;
using Netwerk.Testing;

namespace Netwerk.Events.Tests;

/// <summary>The events service for one test class, with its reminder scheduler looking often.</summary>
public sealed class EventsFixture() : ServiceFixture<EventsDbContext>("events")
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Reminders:PollInterval"] = "00:00:00.100" };

    /// <summary>Schedules an event as a moderator; <paramref name="changes"/> override the defaults of a valid one.</summary>
    public async Task<JsonElement> ScheduleAsync(Action<Dictionary<string, object?>>? changes = null)
    {
        var request = ValidEvent(Clock.GetUtcNow());
        changes?.Invoke(request);
        var response = await AsModerator().PostAsJsonAsync("/api/events", request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"scheduling failed: {body}");
        return body;
    }

    public static Dictionary<string, object?> ValidEvent(DateTimeOffset now) => new()
    {
        ["title"] = "Regiobijeenkomst Midden",
        ["description"] = "Over **informatiebeveiliging** in de praktijk.",
        ["startsAt"] = now.AddDays(7).ToString("O"),
        ["endsAt"] = now.AddDays(7).AddHours(2).ToString("O"),
        ["timeZone"] = "Europe/Amsterdam",
        ["location"] = "Utrecht",
        ["capacity"] = 10,
    };
}
