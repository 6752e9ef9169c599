namespace Netwerk.Notifications.Preferences;

/// <summary>How a member wants e-mail of one category: not at all, each notification at once, or a digest.</summary>
public enum EmailCadence
{
    Off,
    Instant,
    Daily,
    Weekly,
}
