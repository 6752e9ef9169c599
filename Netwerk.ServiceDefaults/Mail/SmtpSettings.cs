using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Netwerk.ServiceDefaults.Mail;

/// <summary>The SMTP server a service's mail leaves through and the sender it names; the `Email` section of each
/// service that mails (notifications for notices and digests, membership for security mail).</summary>
public class SmtpSettings
{
    /// <summary>The SMTP server; without one no mail is sent.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    /// <summary>STARTTLS when the server offers it; `false` only for a local sink.</summary>
    public bool UseTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "netwerk@netwerk.example";
    public string FromName { get; set; } = "Netwerk Informatiemanagement po/vo";

    public MailboxAddress Sender => new(FromName, FromAddress);

    /// <summary>A connection to the server, signed in when a user name is set; the caller disconnects it.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(SmtpHost!, SmtpPort, UseTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(UserName)) await smtp.AuthenticateAsync(UserName, Password ?? "", cancellationToken);
            return smtp;
        }
        catch
        {
            smtp.Dispose();
            throw;
        }
    }
}
