using Netwerk.ServiceDefaults.Mail;

namespace Netwerk.Notifications.Email;

/// <summary>`Email`: the SMTP server mail leaves through (<see cref="SmtpSettings"/>) and how digests are timed.</summary>
public sealed class EmailOptions : SmtpSettings
{
    /// <summary>Signs unsubscribe links, so a link unsubscribes the member it was sent to and no one else. Required
    /// outside Development; every replica needs the same key.</summary>
    public string? UnsubscribeKey { get; set; }

    /// <summary>Digests go out at this hour (wall clock of <see cref="TimeZone"/>): daily every day, weekly on Mondays.</summary>
    public int DigestHour { get; set; } = 7;
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>After a failed send the mail waits this long; after <see cref="MaximumAttempts"/> it is dropped.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(5);
    public int MaximumAttempts { get; set; } = 10;
}
