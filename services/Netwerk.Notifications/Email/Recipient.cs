namespace Netwerk.Notifications.Email;

/// <summary>Where a member's e-mail goes: their address and name, copied from membership's events (newest wins).</summary>
public sealed class Recipient
{
    public required Guid MemberId { get; init; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}
