namespace Netwerk.Membership.Account.Links;

/// <summary>A link that was e-mailed to a member. Only the SHA-256 hash of its secret is kept: whoever reads the
/// database cannot use the links in it. Used once (<see cref="UsedAt"/>), and not after <see cref="ExpiresAt"/>.</summary>
public sealed class AccountLink
{
    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public AccountLinkPurpose Purpose { get; init; }
    public required byte[] SecretHash { get; init; }
    /// <summary>For <see cref="AccountLinkPurpose.ChangeEmail"/>: the address that is confirmed.</summary>
    public string? NewEmail { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; set; }
}
