using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using Netwerk.ServiceDefaults.Mail;

namespace Netwerk.Membership.Account.Mail;

/// <summary>Sends the <see cref="SecurityMailQueue"/> through the SMTP server of `Email` (the Development mail sink
/// there). A failed send is tried again a few times, then given up: a member who gets no mail asks again. Logs name
/// the kind of mail, never its recipient's link.</summary>
public sealed class SecurityMailSender(
    SecurityMailQueue queue,
    IOptions<SmtpSettings> settings,
    ILogger<SecurityMailSender> logger) : BackgroundService
{
    private const int Attempts = 5;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(settings.Value.SmtpHost))
        {
            logger.LogWarning("No SMTP server configured (Email:SmtpHost): account e-mail (confirmations, password resets) is not sent");
        }
        await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
        {
            if (string.IsNullOrEmpty(settings.Value.SmtpHost)) continue;
            await SendAsync(mail, stoppingToken);
        }
    }

    private async Task SendAsync(SecurityMail mail, CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var smtp = await settings.Value.ConnectAsync(stoppingToken);
                await smtp.SendAsync(Compose(mail), stoppingToken);
                await smtp.DisconnectAsync(quit: true, stoppingToken);
                return;
            }
            catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
                or IOException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning("Account mail \"{Subject}\" not sent (attempt {Attempt} of {Attempts}): {Reason}",
                    mail.Subject, attempt, Attempts, exception.Message);
                if (attempt < Attempts) await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private MimeMessage Compose(SecurityMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(settings.Value.Sender);
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        message.Subject = mail.Subject;
        // Security mail is not a notification: no unsubscribe link, and marked as sent by the system.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart("plain") { Text = mail.Text };
        return message;
    }
}
