namespace Netwerk.ServiceDefaults.Links;

/// <summary>The web app's pages that links for people lead to (notifications, e-mails, calendar entries): a member
/// opens a page, never an API document. Partners' webhooks keep linking to the API. Paths relative to the gateway's
/// root; <see cref="PublicLinks.To"/> makes them absolute for what leaves the platform.</summary>
public static class WebPages
{
    public const string Home = "/";
    public const string Groups = "/werkgroepen";
    public const string Inbox = "/meldingen";
    public const string Profile = "/profiel";
    public const string PendingRegistrations = "/beheer/aanmeldingen";
    public const string Questions = "/vragen";
    public const string NewQuestion = "/vragen/nieuw";
    public const string Needs = "/behoeften";
    public const string ReportedPosts = "/beheer/meldingen";
    public const string Conversations = "/berichten";

    public static string Event(Guid id) => $"/bijeenkomsten/{id}";

    public static string Document(Guid id) => $"/documenten/{id}";

    public static string Group(Guid id) => $"/werkgroepen/{id}";

    public static string Member(Guid id) => $"/leden/{id}";

    public static string Thread(Guid id) => $"/vragen/{id}";

    public static string Conversation(Guid id) => $"/berichten/{id}";

    public static string Webhook(Guid subscriptionId) => $"/beheer/webhooks/{subscriptionId}";
}
