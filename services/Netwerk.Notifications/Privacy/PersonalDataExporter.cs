using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Privacy;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Privacy;

/// <summary>Answers a member's data export with the notifications addressed to them or about them.</summary>
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
        var json = JsonSerializer.Serialize(new { notifications }, JsonSerializerOptions.Web);
        await context.RespondAsync(new PersonalDataReport("notifications", json));
    }
}
