namespace Netwerk.Contracts.Members;

/// <summary>A registration arrived and awaits an administrator's decision.</summary>
public sealed record MemberRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    string DisplayName,
    string OrganisationName,
    string? Brin,
    string Sector) : IIntegrationEvent;
