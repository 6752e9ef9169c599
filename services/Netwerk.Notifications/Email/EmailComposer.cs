using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Email;

/// <summary>Writes the e-mail for one recipient's due notices (Dutch: members read it), with a plain-text and an HTML
/// part. One notice is a message of its own; several are a digest. Mail to a member carries an unsubscribe link per
/// category in it and the one-click `List-Unsubscribe` headers (RFC 8058).</summary>
public sealed class EmailComposer(IOptions<EmailOptions> options, UnsubscribeLinks unsubscribe, PublicLinks links)
{
    public MimeMessage Compose(string toAddress, string? toName, Guid? memberId, IReadOnlyList<PendingEmail> notices)
    {
        var message = new MimeMessage();
        message.From.Add(options.Value.Sender);
        message.To.Add(new MailboxAddress(toName ?? "", toAddress));
        message.Subject = notices.Count == 1 ? notices[0].Title : $"Je overzicht van Netwerk: {notices.Count} nieuwe meldingen";

        var categories = notices.Select(n => n.Category).OfType<string>().Distinct().ToList();
        if (memberId is { } member && categories.Count == 1)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe.For(member, categories[0])}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var text = new StringBuilder();
        var html = new StringBuilder();
        text.AppendLine(toName is null ? "Hallo," : $"Hallo {toName},").AppendLine();
        html.Append("<p>").Append(Encode(toName is null ? "Hallo," : $"Hallo {toName},")).Append("</p>");
        if (notices.Count > 1)
        {
            text.AppendLine("Dit gebeurde er sinds je vorige overzicht:").AppendLine();
            html.Append("<p>Dit gebeurde er sinds je vorige overzicht:</p>");
        }
        foreach (var notice in notices)
        {
            var link = notice.Link is null ? null : links.To(notice.Link);
            text.AppendLine(notice.Title).AppendLine(notice.Body);
            if (link is not null) text.AppendLine(link);
            text.AppendLine();
            html.Append("<h3>").Append(Encode(notice.Title)).Append("</h3><p>").Append(Encode(notice.Body)).Append("</p>");
            if (link is not null) html.Append("<p><a href=\"").Append(Encode(link)).Append("\">Bekijk in Netwerk</a></p>");
        }

        text.AppendLine("--").AppendLine(options.Value.FromName);
        html.Append("<hr><p style=\"color:#666;font-size:small\">").Append(Encode(options.Value.FromName)).Append("<br>");
        if (memberId is { } recipient)
        {
            foreach (var category in categories)
            {
                var url = unsubscribe.For(recipient, category);
                var name = NotificationCategories.DutchName(category);
                text.AppendLine($"Geen e-mail meer over {name}? {url}");
                html.Append("Geen e-mail meer over ").Append(Encode(name)).Append("? <a href=\"").Append(Encode(url)).Append("\">Afmelden</a><br>");
            }
            text.AppendLine("Je voorkeuren wijzig je in Netwerk onder Meldingen.");
            html.Append("Je voorkeuren wijzig je in Netwerk onder Meldingen.");
        }
        html.Append("</p>");

        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = $"<!DOCTYPE html><html lang=\"nl\"><body>{html}</body></html>" }.ToMessageBody();
        return message;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
