namespace Netwerk.Web.Inbox;

/// <summary>The categories of notifications and the e-mail cadences, as the API names them and a member reads them.</summary>
public static class NotificationCategories
{
    public static readonly IReadOnlyList<(string Value, string Text)> All =
    [
        ("membership", "Je lidmaatschap"),
        ("events", "Bijeenkomsten"),
        ("documents", "Documenten"),
        ("groups", "Werkgroepen"),
        ("discussions", "Discussies"),
        ("messages", "Berichten"),
    ];

    public static readonly IReadOnlyList<(string Value, string Text)> Cadences =
    [
        ("instant", "Meteen"),
        ("daily", "Eén keer per dag"),
        ("weekly", "Eén keer per week"),
        ("off", "Geen e-mail"),
    ];
}
