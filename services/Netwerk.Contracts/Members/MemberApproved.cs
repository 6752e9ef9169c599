namespace Netwerk.Contracts.Members;

/// <summary>An administrator approved a registration: the member is active. Carries the e-mail and name for the
/// services that write to the member; partners see them only when <paramref name="ConsentPartners"/> is true.
/// <paramref name="ConsentDirectory"/> came later, with a default, so messages written before it still read (as not
/// in the directory, the safe side).</summary>
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
    bool ConsentPartners,
    bool ConsentDirectory = false) : IIntegrationEvent;
