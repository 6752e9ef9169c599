using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Privacy;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Privacy;

/// <summary>Answers a member's data export with what this service holds on them: notifications to or about them, their
/// preferences, the address mail goes to, mail still waiting, and their working groups as this service knows them.</summary>
public sealed class PersonalDataExporter(NotificationsDbContext db) : IConsumer<PersonalDataRequested>
{
    public async Task Consume(ConsumeContext<PersonalDataRequested> context)
    {
        var memberId = context.Message.MemberId;
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientMemberId == memberId || n.AboutMemberId == memberId)
            .OrderBy(n => n.CreatedAt)
            .Select(n => new { n.Id, n.Category, n.Title, n.Body, n.CreatedAt, n.ReadAt })
            .ToListAsync(context.CancellationToken);
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.MemberId == memberId)
            .Select(p => new { p.Category, p.InApp, Email = p.Email.ToString() }).ToListAsync(context.CancellationToken);
        var address = await db.KnownMembers.AsNoTracking().Where(r => r.MemberId == memberId)
            .Select(r => new { r.Email, r.DisplayName }).FirstOrDefaultAsync(context.CancellationToken);
        var waitingMail = await db.PendingEmails.AsNoTracking().Where(e => e.MemberId == memberId)
            .Select(e => new { e.Title, e.DueAt }).ToListAsync(context.CancellationToken);
        var groups = await db.KnownGroupMembers.AsNoTracking().Where(m => m.MemberId == memberId && m.Active)
            .Select(m => m.GroupId).ToListAsync(context.CancellationToken);
        var json = JsonSerializer.Serialize(new { notifications, preferences, address, waitingMail, groups }, JsonSerializerOptions.Web);
        await context.RespondAsync(new PersonalDataReport("notifications", json));
    }
}
