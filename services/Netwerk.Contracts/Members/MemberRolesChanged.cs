namespace Netwerk.Contracts.Members;

/// <summary>An administrator changed a member's roles; <paramref name="Roles"/> is the complete new set.</summary>
public sealed record MemberRolesChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    IReadOnlyList<string> Roles) : IIntegrationEvent;
