namespace Netwerk.Membership.Members;

/// <summary>A person in the network, from registration on.</summary>
public sealed class Member
{
    public required Guid Id { get; init; }
    public required string Email { get; set; }
    /// <summary>Lower-cased e-mail; unique, so one address is one member whatever its capitals.</summary>
    public required string NormalizedEmail { get; set; }
    public string PasswordHash { get; set; } = "";
    public required string DisplayName { get; set; }
    public required string OrganisationName { get; set; }
    public string? Brin { get; set; }
    public required string JobTitle { get; set; }
    public required string Sector { get; set; }
    public string? Region { get; set; }
    public bool ConsentDirectory { get; set; }
    public bool ConsentPartners { get; set; }
    public MemberStatus Status { get; set; } = MemberStatus.Pending;
    public required DateTimeOffset RegisteredAt { get; init; }
}
