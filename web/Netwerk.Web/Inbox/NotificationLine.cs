namespace Netwerk.Web.Inbox;

/// <summary>A notification in the inbox (`GET /api/notifications`); <c>Link</c> is a page of the web app.</summary>
public sealed record NotificationLine(Guid Id, string Category, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool Read);
