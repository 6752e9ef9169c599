using Microsoft.AspNetCore.Identity;

namespace Netwerk.Membership.Members;

/// <summary>A person in the network, from registration on. ASP.NET Core Identity keeps the e-mail (also the user
/// name), password hash, lockout and security stamp; the rest is the network's own.</summary>
public sealed class Member : IdentityUser<Guid>
{
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
    public DateTimeOffset? DecidedAt { get; set; }
    public string? RejectionReason { get; set; }
}
