namespace Netwerk.Contracts.Members;

/// <summary>A member changed their profile or consents; the complete current values, so that copies elsewhere
/// (author names, registrant names) can be replaced outright. Keep the newest by <c>OccurredAt</c>.</summary>
public sealed record MemberProfileUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    string DisplayName,
    string OrganisationName,
    string? Brin,
    string JobTitle,
    string Sector,
    string? Region,
    bool ConsentDirectory,
    bool ConsentPartners) : IIntegrationEvent;
