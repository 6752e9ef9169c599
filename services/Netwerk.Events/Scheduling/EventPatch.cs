using System.Text.Json;
using System.Text.Json.Nodes;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Events.Scheduling;

/// <summary>A JSON merge patch (RFC 7396) over an event: a field that is present replaces the current value, null
/// included (a null capacity removes the limit); a field that is absent stays as it is.</summary>
internal static class EventPatch
{
    private static readonly string[] Fields =
        ["title", "description", "startsAt", "endsAt", "timeZone", "location", "onlineUrl", "capacity", "registrationClosesAt", "groupId"];

    public static EventInput? Apply(EventInput current, JsonObject patch, FieldErrors errors)
    {
        foreach (var unknown in patch.Select(p => p.Key).Where(key => !Fields.Contains(key)))
        {
            errors.Add(unknown, "This field does not exist or cannot be changed.");
        }
        EventInput changes;
        try
        {
            changes = patch.Deserialize<EventInput>(JsonSerializerOptions.Web)!;
        }
        catch (JsonException exception)
        {
            errors.Add(exception.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body", "This value has the wrong type.");
            return null;
        }
        if (errors.Any) return null;

        bool Has(string field) => patch.ContainsKey(field);
        return current with
        {
            Title = Has("title") ? changes.Title : current.Title,
            Description = Has("description") ? changes.Description : current.Description,
            StartsAt = Has("startsAt") ? changes.StartsAt : current.StartsAt,
            EndsAt = Has("endsAt") ? changes.EndsAt : current.EndsAt,
            TimeZone = Has("timeZone") ? changes.TimeZone : current.TimeZone,
            Location = Has("location") ? changes.Location : current.Location,
            OnlineUrl = Has("onlineUrl") ? changes.OnlineUrl : current.OnlineUrl,
            Capacity = Has("capacity") ? changes.Capacity : current.Capacity,
            RegistrationClosesAt = Has("registrationClosesAt") ? changes.RegistrationClosesAt : current.RegistrationClosesAt,
            GroupId = Has("groupId") ? changes.GroupId : current.GroupId,
        };
    }
}
