namespace Netwerk.Notifications.Email;

/// <summary>A notice waiting to be e-mailed: at once (due now) or in the next daily or weekly digest (due then). The
/// text is copied from the notification, so an inbox setting cannot take it away. Addressed to a member, or to a
/// plain address (a partner's contact).</summary>
public sealed class PendingEmail
{
    public required Guid Id { get; init; }
    public Guid? MemberId { get; init; }
    public string? ToAddress { get; init; }
    /// <summary>The member's category (for the unsubscribe link); null for mail to a partner.</summary>
    public string? Category { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? Link { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset DueAt { get; set; }
    public int Attempts { get; set; }
}
