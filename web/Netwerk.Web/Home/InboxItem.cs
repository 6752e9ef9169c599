namespace Netwerk.Web.Home;

/// <summary>What the home page shows of a notification (`GET /api/notifications`).</summary>
public sealed record InboxItem(Guid Id, string Title, string Body, DateTimeOffset CreatedAt, bool Read);
