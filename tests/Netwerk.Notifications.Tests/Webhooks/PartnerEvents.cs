using System.Text.Json;
using Netwerk.Contracts.Events;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

/// <summary>Integration events as the events service publishes them, and finding their webhooks at a receiver.</summary>
public static class PartnerEvents
{
    public static EventScheduled Scheduled(Guid? eventId = null, Guid? groupId = null)
    {
        var id = eventId ?? Guid.NewGuid();
        var starts = DateTimeOffset.UtcNow.AddDays(14);
        return new EventScheduled(Guid.NewGuid(), DateTimeOffset.UtcNow,
            new NetworkEventDetails(id, "Regiobijeenkomst Noord", starts, starts.AddHours(2), "Europe/Amsterdam", "Groningen", null, 40, groupId,
                $"http://netwerk.test/api/events/{id}"));
    }

    /// <summary>The requests at <paramref name="path"/> whose `data.id` is <paramref name="id"/> (other tests' messages
    /// may reach the same receiver).</summary>
    public static List<ReceivedWebhook> About(this WebhookReceiver receiver, string path, Guid id) =>
        receiver.At(path).Where(r => DataId(r) == id).ToList();

    public static JsonElement Data(this ReceivedWebhook request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("data");

    public static string Type(this ReceivedWebhook request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("type").GetString()!;

    private static Guid? DataId(ReceivedWebhook request)
    {
        var data = request.Data();
        foreach (var name in (string[])["id", "eventId", "threadId"])
        {
            if (data.TryGetProperty(name, out var id)) return id.GetGuid();
        }
        return null;
    }
}
