namespace Netwerk.Contracts.Members;

/// <summary>An administrator rejected a registration, with the reason the applicant is told.</summary>
public sealed record MemberRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    string DisplayName,
    string Email,
    string Reason) : IIntegrationEvent;
