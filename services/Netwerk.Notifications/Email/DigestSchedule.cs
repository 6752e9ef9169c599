using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Email;

/// <summary>When a notice with a given cadence is mailed: instant now, daily at the next digest hour, weekly at the
/// digest hour of the next Monday — on the wall clock of the network (daylight saving included).</summary>
public static class DigestSchedule
{
    public static DateTimeOffset DueAt(EmailCadence cadence, DateTimeOffset now, EmailOptions options)
    {
        if (cadence is EmailCadence.Instant or EmailCadence.Off) return now;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = local.Date;
        var candidate = day.AddHours(options.DigestHour);
        if (candidate <= local.DateTime) candidate = candidate.AddDays(1);
        if (cadence == EmailCadence.Weekly)
        {
            while (candidate.DayOfWeek != DayOfWeek.Monday) candidate = candidate.AddDays(1);
        }
        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate)).ToUniversalTime();
    }
}
