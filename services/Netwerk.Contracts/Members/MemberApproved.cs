namespace Netwerk.Contracts.Members;

/// <summary>An administrator approved a registration: the member is active. Carries the e-mail and name for the
/// services that write to the member; partners see them only when <paramref name="ConsentPartners"/> is true.</summary>
public sealed record MemberApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    string DisplayName,
    string Email,
    string OrganisationName,
    string? Brin,
    string Sector,
    string? Region,
    bool ConsentPartners) : IIntegrationEvent;
