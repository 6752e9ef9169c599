using System.Globalization;

namespace Netwerk.Web.Shared;

/// <summary>Times as a Dutch reader expects them, on the clock of Europe/Amsterdam (WEB.md).</summary>
public static class DutchTime
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    /// <summary>The zone every time is shown in, and the one the event form's times are meant in.</summary>
    public const string ZoneId = "Europe/Amsterdam";
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>`dinsdag 8 december 2026, 14:00`.</summary>
    public static string DayAndTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("dddd d MMMM yyyy, HH:mm", Dutch);

    /// <summary>`8 december 2026`.</summary>
    public static string Day(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy", Dutch);

    /// <summary>`14:05`.</summary>
    public static string Time(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("HH:mm", Dutch);
}
