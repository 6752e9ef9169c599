namespace Netwerk.Contracts.Privacy;

/// <summary>Request (MassTransit request/response, sent to one service's queue): everything you hold on this
/// member, for their data export. Answered with <see cref="PersonalDataReport"/>.</summary>
public sealed record PersonalDataRequested(Guid MemberId);
