using System.Globalization;
using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Writes notifications addressed to one member (texts in Dutch: members read them).</summary>
internal static class MemberNotices
{
    public const string EventsCategory = "events";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static void Add(NotificationsDbContext db, Guid memberId, string category, string title, string body, string? link, Guid sourceEventId,
        DateTimeOffset now) =>
        db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(now),
            RecipientMemberId = memberId,
            Category = category,
            Title = title.Length <= 200 ? title : title[..200],
            Body = body.Length <= 2000 ? body : body[..2000],
            Link = link,
            SourceEventId = sourceEventId,
            CreatedAt = now,
        });

    /// <summary>"donderdag 14 januari om 09:30", on the wall clock of the event's zone.</summary>
    public static string When(NetworkEventDetails networkEvent)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById(networkEvent.TimeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(networkEvent.StartsAt, zone)
            : networkEvent.StartsAt;
        return local.ToString("dddd d MMMM 'om' HH:mm", Dutch);
    }

    public static string EventLink(Guid eventId) => $"/api/events/{eventId}";
}
