using Netwerk.Messaging.Background;

namespace Netwerk.Notifications.Email;

/// <summary>Wakes the <see cref="EmailSender"/> when an instant notice was committed.</summary>
public sealed class EmailSignal : WakeUpSignal;
