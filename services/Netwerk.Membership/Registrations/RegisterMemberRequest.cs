namespace Netwerk.Membership.Registrations;

public sealed record RegisterMemberRequest(
    string? Email,
    string? Password,
    string? DisplayName,
    OrganisationInput? Organisation,
    string? JobTitle,
    string? Sector,
    string? Region,
    ConsentsInput? Consents);

public sealed record OrganisationInput(string? Name, string? Brin);

public sealed record ConsentsInput(bool Directory, bool Partners);

public sealed record RegistrationResponse(Guid Id, string Status);
