using System.Net;
using Microsoft.EntityFrameworkCore;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Email;

/// <summary>The unsubscribe link in every e-mail. Opening it shows a page with one button (a link-checking mail
/// filter that opens every link must not unsubscribe anyone); the button, or a mail program's one-click
/// unsubscribe (RFC 8058), posts and turns that category's e-mail off. No login: the signed link is the proof.</summary>
internal static class UnsubscribeApi
{
    public static void MapUnsubscribeApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/" + UnsubscribeLinks.Path, Confirm).WithTags("Notifications").WithName("ConfirmUnsubscribe")
            .WithSummary("The page behind an e-mail's unsubscribe link (HTML, Dutch).").AllowAnonymous();
        routes.MapPost("/" + UnsubscribeLinks.Path, UnsubscribeAsync).WithTags("Notifications").WithName("Unsubscribe")
            .WithSummary("Turns off e-mail of one category for the member the signed link names.").AllowAnonymous().DisableAntiforgery();
    }

    private static IResult Confirm(Guid? member, string? category, string? token, UnsubscribeLinks links)
    {
        if (!Valid(member, category, token, links)) return Invalid();
        var action = WebUtility.HtmlEncode($"/{UnsubscribeLinks.Path}?member={member}&category={Uri.EscapeDataString(category!)}&token={token}");
        return Page($"""
            <h1>Afmelden</h1>
            <p>Wil je geen e-mail meer ontvangen over {WebUtility.HtmlEncode(NotificationCategories.DutchName(category!))}?
            Meldingen in Netwerk zelf blijven gewoon zichtbaar.</p>
            <form method="post" action="{action}"><button type="submit">Ja, afmelden</button></form>
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
            <h1>Afgemeld</h1>
            <p>Je ontvangt geen e-mail meer over {WebUtility.HtmlEncode(NotificationCategories.DutchName(category!))}.
            Je kunt dit altijd weer aanzetten in Netwerk, onder Meldingen.</p>
            """);
    }

    private static bool Valid(Guid? member, string? category, string? token, UnsubscribeLinks links) =>
        member is { } id && category is not null && NotificationCategories.All.Contains(category) && links.IsValid(id, category, token);

    private static IResult Invalid() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This unsubscribe link is not valid.",
        detail: "Use the link from the e-mail as it is, or change your e-mail settings in Netwerk under Meldingen.");

    private static IResult Page(string content) => TypedResults.Content(
        $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Netwerk</title></head><body>{content}</body></html>",
        "text/html; charset=utf-8");
}
