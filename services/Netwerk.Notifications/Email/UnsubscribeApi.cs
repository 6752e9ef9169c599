using System.Net;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Security;

namespace Netwerk.Notifications.Email;

/// <summary>The unsubscribe link in every e-mail. Opening it shows a page with one button (a link-checking mail
/// filter that opens every link must not unsubscribe anyone); the button, or a mail program's one-click
/// unsubscribe (RFC 8058), posts and turns that category's e-mail off. No login: the signed link is the proof.</summary>
internal static class UnsubscribeApi
{
    public static void MapUnsubscribeApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/" + UnsubscribeLinks.Path, Confirm).WithTags("Notifications").WithName("ConfirmUnsubscribe")
            .WithSummary("The page behind an e-mail's unsubscribe link (HTML, Dutch).").AllowAnonymous()
            .WithMetadata(ContentSecurityPolicy.ThemedPage);
        routes.MapPost("/" + UnsubscribeLinks.Path, UnsubscribeAsync).WithTags("Notifications").WithName("Unsubscribe")
            .WithSummary("Turns off e-mail of one category for the member the signed link names.").AllowAnonymous().DisableAntiforgery()
            .WithMetadata(ContentSecurityPolicy.ThemedPage);
    }

    private static IResult Confirm(Guid? member, string? category, string? token, UnsubscribeLinks links)
    {
        if (!Valid(member, category, token, links)) return Invalid();
        var action = WebUtility.HtmlEncode($"/{UnsubscribeLinks.Path}?member={member}&category={Uri.EscapeDataString(category!)}&token={token}");
        return Page($"""
            <h1 class="utrecht-heading-1">Afmelden</h1>
            <p class="utrecht-paragraph">Wil je geen e-mail meer ontvangen over {WebUtility.HtmlEncode(NotificationCategories.DutchName(category!))}?
            Meldingen in Netwerk zelf blijven gewoon zichtbaar.</p>
            <form method="post" action="{action}"><button type="submit" class="utrecht-button utrecht-button--primary-action">Ja, afmelden</button></form>
            """);
    }

    private static async Task<IResult> UnsubscribeAsync(Guid? member, string? category, string? token, UnsubscribeLinks links,
        NotificationsDbContext db, CancellationToken cancellationToken)
    {
        if (!Valid(member, category, token, links)) return Invalid();
        var memberId = member!.Value;
        var row = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.MemberId == memberId && p.Category == category, cancellationToken);
        if (row is null)
        {
            row = new NotificationPreference { MemberId = memberId, Category = category!, InApp = NotificationCategories.Default(category!).InApp };
            db.NotificationPreferences.Add(row);
        }
        row.Email = EmailCadence.Off;
        // Mail already waiting for a digest of this category is not sent either.
        await db.PendingEmails.Where(e => e.MemberId == memberId && e.Category == category).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Page($"""
            <h1 class="utrecht-heading-1">Afgemeld</h1>
            <p class="utrecht-paragraph">Je ontvangt geen e-mail meer over {WebUtility.HtmlEncode(NotificationCategories.DutchName(category!))}.
            Je kunt dit altijd weer aanzetten in Netwerk, onder <a class="utrecht-link" href="/meldingen">Meldingen</a>.</p>
            """);
    }

    private static bool Valid(Guid? member, string? category, string? token, UnsubscribeLinks links) =>
        member is { } id && category is not null && NotificationCategories.All.Contains(category) && links.IsValid(id, category, token);

    private static IResult Invalid() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This unsubscribe link is not valid.",
        detail: "Use the link from the e-mail as it is, or change your e-mail settings in Netwerk under Meldingen.");

    /// <summary>The page in the look of the rest of Netwerk: the theme's stylesheet (the gateway serves it on this
    /// origin) and the same header, main landmark and card as the web app's pages.</summary>
    private static IResult Page(string content) => TypedResults.Content($"""
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
        <title>E-mail over meldingen – Netwerk Informatiemanagement po/vo</title>
        <link rel="stylesheet" href="/_content/Netwerk.Theme/netwerk.css"></head>
        <body class="utrecht-theme netwerk-theme utrecht-document">
        <header class="netwerk-header"><div class="netwerk-header__content"><a class="netwerk-brand" href="/">Netwerk <small>Informatiemanagement po/vo</small></a></div></header>
        <main class="netwerk-main netwerk-main--narrow"><div class="netwerk-card">{content}</div></main>
        </body>
        </html>
        """, "text/html; charset=utf-8");
}
