namespace Netwerk.Notifications.Preferences;

/// <summary>A member's choice for one category; no row means the category's default.</summary>
public sealed class NotificationPreference
{
    public required Guid MemberId { get; init; }
    public required string Category { get; init; }
    public bool InApp { get; set; }
    public EmailCadence Email { get; set; }
}
