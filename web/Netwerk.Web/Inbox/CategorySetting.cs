namespace Netwerk.Web.Inbox;

/// <summary>One category's preference (`GET /api/notifications/preferences`): in the inbox or not, e-mail how often.</summary>
public sealed record CategorySetting(bool InApp, string Email);
