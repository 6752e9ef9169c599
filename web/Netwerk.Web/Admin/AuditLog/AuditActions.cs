namespace Netwerk.Web.Admin.AuditLog;

/// <summary>The actions the services record, as an administrator reads them; an action a newer service records and
/// this list does not know yet is shown as it is named.</summary>
public static class AuditActions
{
    public static readonly IReadOnlyList<(string Action, string Dutch)> All =
    [
        ("registration.approved", "Aanmelding goedgekeurd"),
        ("registration.rejected", "Aanmelding afgewezen"),
        ("member.roles_changed", "Rollen gewijzigd"),
        ("group.created", "Werkgroep gestart"),
        ("event.scheduled", "Bijeenkomst gepland"),
        ("event.changed", "Bijeenkomst gewijzigd"),
        ("event.cancelled", "Bijeenkomst geannuleerd"),
        ("event.checked_in", "Aanwezigheid genoteerd"),
        ("thread.locked", "Onderwerp gesloten"),
        ("thread.unlocked", "Onderwerp heropend"),
        ("thread.hidden", "Onderwerp verborgen"),
        ("thread.restored", "Onderwerp weer zichtbaar"),
        ("reply.hidden", "Reactie verborgen"),
        ("reply.restored", "Reactie weer zichtbaar"),
        ("thread.merged", "Onderwerpen samengevoegd"),
        ("thread.changed", "Onderwerp van een ander gewijzigd"),
        ("thread.deleted", "Onderwerp van een ander verwijderd"),
        ("reply.changed", "Reactie van een ander gewijzigd"),
        ("reply.deleted", "Reactie van een ander verwijderd"),
        ("need.status_changed", "Stap van een behoefte gewijzigd"),
        ("document.changed", "Document van een ander gewijzigd"),
        ("document.version_added", "Nieuwe versie van andermans document"),
        ("document.deleted", "Document van een ander verwijderd"),
        ("webhook.created", "Webhook aangemaakt"),
        ("webhook.changed", "Webhook gewijzigd"),
        ("webhook.deleted", "Webhook verwijderd"),
        ("webhook.secret_rotated", "Webhookgeheim vernieuwd"),
        ("webhook.redelivered", "Webhookbericht opnieuw verstuurd"),
        ("webhook.recovered", "Mislukte webhookberichten opnieuw verstuurd"),
        ("message.redelivered", "Vastgelopen bericht opnieuw verstuurd"),
    ];

    public static string Dutch(string action) => All.FirstOrDefault(a => a.Action == action).Dutch ?? action;
}
