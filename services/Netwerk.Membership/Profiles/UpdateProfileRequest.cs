using Netwerk.Membership.Registrations;

namespace Netwerk.Membership.Profiles;

/// <summary>Only the fields sent change; an empty region clears it.</summary>
public sealed record UpdateProfileRequest(
    string? DisplayName,
    OrganisationInput? Organisation,
    string? JobTitle,
    string? Sector,
    string? Region,
    ConsentsInput? Consents);
