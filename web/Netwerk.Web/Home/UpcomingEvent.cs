namespace Netwerk.Web.Home;

/// <summary>What the home page shows of an event (`GET /api/events`); the rest of the answer is not read.</summary>
public sealed record UpcomingEvent(Guid Id, string Title, DateTimeOffset LocalStartsAt, string? Location, string? OnlineUrl, string? GroupName);
