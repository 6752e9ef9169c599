using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Messaging.Background;
using Netwerk.Notifications.Data;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.Email;

/// <summary>Mails what is due. Takes due notices with `FOR UPDATE SKIP LOCKED` (replicas never take the same ones),
/// groups them per recipient — one message each, a digest when there are several — sends them over one SMTP
/// connection, and deletes them in the same transaction. A failed send leaves them for a later try.</summary>
public sealed class EmailSender(
    IServiceScopeFactory scopes,
    EmailComposer composer,
    EmailSignal signal,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailSender> logger) : BackgroundService
{
    private const int BatchSize = 200;
    private static readonly TimeSpan AddressWait = TimeSpan.FromHours(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(options.Value.SmtpHost))
        {
            logger.LogWarning("No SMTP server configured (Email:SmtpHost): e-mail waits until one is");
            return Task.CompletedTask;
        }
        return BatchLoop.RunAsync(SendDueAsync, cancellationToken => signal.WaitAsync(options.Value.PollInterval, cancellationToken),
            logger, "E-mail sending", stoppingToken);
    }

    private async Task<bool> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = clock.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.PendingEmails
            .FromSql($"SELECT * FROM pending_emails WHERE due_at <= {now} ORDER BY due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (due.Count == 0) return false;

        var memberIds = due.Select(e => e.MemberId).OfType<Guid>().Distinct().ToList();
        var recipients = await db.KnownMembers.AsNoTracking().Where(r => memberIds.Contains(r.MemberId)).ToDictionaryAsync(r => r.MemberId, cancellationToken);

        using var smtp = await options.Value.ConnectAsync(cancellationToken);

        foreach (var group in due.GroupBy(e => (e.MemberId, e.ToAddress)))
        {
            var notices = group.OrderBy(e => e.CreatedAt).ToList();
            string? address = group.Key.ToAddress, name = null;
            if (group.Key.MemberId is { } memberId)
            {
                if (!recipients.TryGetValue(memberId, out var recipient))
                {
                    // The address arrives with `MemberApproved`, which another consumer may still be handling: wait a
                    // while. A member whose address never comes (erased meanwhile) gets nothing.
                    foreach (var notice in notices)
                    {
                        if (notice.CreatedAt < now - AddressWait) db.PendingEmails.Remove(notice);
                        else notice.DueAt = now + TimeSpan.FromSeconds(5);
                    }
                    continue;
                }
                (address, name) = (recipient.Email, recipient.DisplayName);
            }
            try
            {
                await smtp.SendAsync(composer.Compose(address!, name, group.Key.MemberId, notices), cancellationToken);
                db.PendingEmails.RemoveRange(notices);
            }
            catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or IOException)
            {
                logger.LogWarning(exception, "Mail to {Recipient} failed; trying again later", group.Key.MemberId?.ToString() ?? "a partner contact");
                foreach (var notice in notices)
                {
                    notice.Attempts++;
                    notice.DueAt = now + options.Value.RetryAfter;
                    if (notice.Attempts >= options.Value.MaximumAttempts) db.PendingEmails.Remove(notice);
                }
            }
        }
        await smtp.DisconnectAsync(quit: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count == BatchSize;
    }
}
