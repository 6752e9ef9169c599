using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Privacy;
using Netwerk.Events.Data;

namespace Netwerk.Events.Privacy;

/// <summary>Answers a member's data export with the name this service holds and their registrations.</summary>
public sealed class PersonalDataExporter(EventsDbContext db) : IConsumer<PersonalDataRequested>
{
    public async Task Consume(ConsumeContext<PersonalDataRequested> context)
    {
        var memberId = context.Message.MemberId;
        var name = await db.KnownMembers.AsNoTracking().Where(a => a.MemberId == memberId).Select(a => a.DisplayName)
            .FirstOrDefaultAsync(context.CancellationToken);
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.MemberId == memberId)
            .Join(db.Events, r => r.NetworkEventId, e => e.Id, (r, e) => new
            {
                EventId = e.Id,
                EventTitle = e.Title,
                e.StartsAt,
                r.Status,
                r.RegisteredAt,
                r.PromotedAt,
                r.CancelledAt,
                r.CheckedInAt,
            })
            .OrderBy(r => r.StartsAt)
            .ToListAsync(context.CancellationToken);
        var json = JsonSerializer.Serialize(new { displayName = name, registrations }, JsonSerializerOptions.Web);
        await context.RespondAsync(new PersonalDataReport("events", json));
    }
}
