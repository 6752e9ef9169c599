using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Privacy;
using Netwerk.Documents.Data;

namespace Netwerk.Documents.Privacy;

/// <summary>Answers a member's data export with the name this service shows for them and the documents they shared
/// (deleted ones included: they are kept for the retention period).</summary>
public sealed class PersonalDataExporter(DocumentsDbContext db) : IConsumer<PersonalDataRequested>
{
    public async Task Consume(ConsumeContext<PersonalDataRequested> context)
    {
        var memberId = context.Message.MemberId;
        var name = await db.KnownMembers.AsNoTracking().Where(a => a.MemberId == memberId).Select(a => a.DisplayName)
            .FirstOrDefaultAsync(context.CancellationToken);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.AuthorId == memberId)
            .OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.Title, d.Visibility, d.CurrentVersion, d.CreatedAt, d.DeletedAt })
            .ToListAsync(context.CancellationToken);
        var json = JsonSerializer.Serialize(new { displayName = name, documents }, JsonSerializerOptions.Web);
        await context.RespondAsync(new PersonalDataReport("documents", json));
    }
}
