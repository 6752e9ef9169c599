namespace Netwerk.Web.Events;

/// <summary>The calendar's addresses: the API's `.ics` files share the web app's origin (both behind the gateway), and
/// a `webcal:` link lets a calendar program subscribe to the feed of upcoming events.</summary>
public static class CalendarLinks
{
    public const string Feed = "/api/events/calendar.ics";

    public static string FeedWebcal(Microsoft.AspNetCore.Components.NavigationManager navigation) =>
        "webcal://" + new Uri(navigation.BaseUri).Authority + Feed;

    public static string One(Guid eventId) => $"/api/events/{eventId}/calendar.ics";
}
