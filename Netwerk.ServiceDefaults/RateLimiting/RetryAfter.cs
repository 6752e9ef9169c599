using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>A rate limit's wait, said the same way everywhere: `Retry-After` in whole seconds (at least one), and to a
/// member in Dutch ("over 42 seconden", "over 3 minuten") on membership's account pages and in the web app.</summary>
public static class RetryAfter
{
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);

    /// <summary>The wait as a Dutch sentence ends with it.</summary>
    public static string InDutch(TimeSpan wait) => Seconds(wait) switch
    {
        1 => "over 1 seconde",
        < 120 and var seconds => $"over {seconds} seconden",
        _ => $"over {(int)Math.Ceiling(wait.TotalMinutes)} minuten",
    };
}
