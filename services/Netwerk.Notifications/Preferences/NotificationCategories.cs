namespace Netwerk.Notifications.Preferences;

/// <summary>The categories members set preferences for (API.md), with what a member gets before choosing.</summary>
public static class NotificationCategories
{
    public const string Membership = "membership";
    public const string Documents = "documents";
    public const string Events = "events";
    public const string Groups = "groups";
    public const string Discussions = "discussions";
    public const string Messages = "messages";

    public static IReadOnlyList<string> All { get; } = [Membership, Documents, Events, Groups, Discussions, Messages];

    /// <summary>Everything in the inbox; e-mail at once for what concerns the member personally (their membership,
    /// their event seats, a colleague's message), a daily digest of what happens in their groups, among documents and
    /// in the threads they follow.</summary>
    public static CategoryPreference Default(string category) => category switch
    {
        Membership or Events or Messages => new CategoryPreference(true, EmailCadence.Instant),
        _ => new CategoryPreference(true, EmailCadence.Daily),
    };

    /// <summary>The Dutch name, for e-mails and the unsubscribe page.</summary>
    public static string DutchName(string category) => category switch
    {
        Membership => "je lidmaatschap",
        Documents => "documenten",
        Events => "bijeenkomsten",
        Groups => "werkgroepen",
        Discussions => "vragen en discussies",
        Messages => "berichten van collega's",
        _ => category,
    };
}

/// <summary>One category's choice: in the inbox or not, and by e-mail how often.</summary>
public sealed record CategoryPreference(bool InApp, EmailCadence Email);
