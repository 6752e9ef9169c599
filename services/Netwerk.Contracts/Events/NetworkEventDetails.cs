namespace Netwerk.Contracts.Events;

/// <summary>What consumers need to know of a network event, so they never call back. Times are UTC; the
/// <paramref name="TimeZone"/> (IANA) is the one to show them in.</summary>
public sealed record NetworkEventDetails(
    Guid Id,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Location,
    string? OnlineUrl,
    int? Capacity,
    Guid? GroupId,
    string Url);
