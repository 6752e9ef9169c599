using Netwerk.ServiceDefaults.Text;
namespace Netwerk.Events.Scheduling;

/// <summary>An event's values after validation: trimmed, times in UTC.</summary>
internal sealed record ValidEvent(
    string Title,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Location,
    string? OnlineUrl,
    int? Capacity,
    DateTimeOffset? RegistrationClosesAt,
    Guid? GroupId)
{
    public void ApplyTo(NetworkEvent networkEvent)
    {
        networkEvent.Title = Title;
        if (networkEvent.Description != Description || networkEvent.DescriptionHtml.Length == 0)
        {
            networkEvent.Description = Description;
            networkEvent.DescriptionHtml = SafeMarkdown.ToSafeHtml(Description);
        }
        networkEvent.StartsAt = StartsAt;
        networkEvent.EndsAt = EndsAt;
        networkEvent.TimeZone = TimeZone;
        networkEvent.Location = Location;
        networkEvent.OnlineUrl = OnlineUrl;
        networkEvent.Capacity = Capacity;
        networkEvent.RegistrationClosesAt = RegistrationClosesAt;
        networkEvent.GroupId = GroupId;
    }
}
