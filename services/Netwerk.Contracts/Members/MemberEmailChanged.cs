namespace Netwerk.Contracts.Members;

/// <summary>An active member confirmed a new e-mail address: copies that mail the member replace the old one. Keep
/// the newest by <c>OccurredAt</c>. Not a webhook: partners get an address only with `member.approved`, and only
/// with the member's consent.</summary>
public sealed record MemberEmailChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid MemberId,
    string Email) : IIntegrationEvent;
