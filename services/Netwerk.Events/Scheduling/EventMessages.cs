using Netwerk.Contracts.Events;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Events.Scheduling;

internal static class EventMessages
{
    public static NetworkEventDetails Details(NetworkEvent networkEvent, PublicLinks links) => new(
        networkEvent.Id, networkEvent.Title, networkEvent.StartsAt, networkEvent.EndsAt, networkEvent.TimeZone, networkEvent.Location,
        networkEvent.OnlineUrl, networkEvent.Capacity, networkEvent.GroupId, links.To($"api/events/{networkEvent.Id}"));
}
