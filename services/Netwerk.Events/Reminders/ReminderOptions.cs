namespace Netwerk.Events.Reminders;

/// <summary>`Reminders:*` settings.</summary>
public sealed class ReminderOptions
{
    /// <summary>How long before the start the reminder goes out (EVENTS.md: 24 hours).</summary>
    public TimeSpan LeadTime { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How often the scheduler looks for due reminders; a reminder goes out at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
