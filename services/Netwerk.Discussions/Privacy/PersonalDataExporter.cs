using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Privacy;
using Netwerk.Discussions.Data;

namespace Netwerk.Discussions.Privacy;

/// <summary>Answers a member's data export with everything of theirs here: the name shown, their threads and replies
/// (deleted ones too, until erasure), their votes, helpful marks and follows, and their conversations with the messages
/// they wrote (the others' messages are the others' data: only their count).</summary>
public sealed class PersonalDataExporter(DiscussionsDbContext db) : IConsumer<PersonalDataRequested>
{
    public async Task Consume(ConsumeContext<PersonalDataRequested> context)
    {
        var me = context.Message.MemberId;
        var cancellationToken = context.CancellationToken;
        var name = await db.KnownMembers.AsNoTracking().Where(m => m.MemberId == me).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var threads = await db.Threads.AsNoTracking().Where(t => t.AuthorId == me).OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.Kind, t.Title, t.Body, t.Tags, t.Theme, t.GroupId, t.CreatedAt, t.EditedAt, t.DeletedAt })
            .ToListAsync(cancellationToken);
        var replies = await db.Replies.AsNoTracking().Where(r => r.AuthorId == me).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.ThreadId, r.Body, r.CreatedAt, r.EditedAt, r.DeletedAt }).ToListAsync(cancellationToken);
        var votes = await db.Votes.AsNoTracking().Where(v => v.MemberId == me).OrderBy(v => v.CastAt)
            .Select(v => new { v.ThreadId, v.CastAt }).ToListAsync(cancellationToken);
        var helpful = await db.HelpfulMarks.AsNoTracking().Where(h => h.MemberId == me).OrderBy(h => h.MarkedAt)
            .Select(h => new { h.ReplyId, h.MarkedAt }).ToListAsync(cancellationToken);
        var follows = await db.Follows.AsNoTracking().Where(f => f.MemberId == me).OrderBy(f => f.Since)
            .Select(f => new { f.ThreadId, f.Since }).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReporterId == me).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.ThreadId, r.ReplyId, r.Reason, r.CreatedAt }).ToListAsync(cancellationToken);
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.MemberId == me))
            .OrderBy(c => c.StartedAt)
            .Select(c => new
            {
                c.Id, c.Subject, c.StartedAt, c.MessageCount,
                Messages = db.ConversationMessages.Where(m => m.ConversationId == c.Id && m.AuthorId == me).OrderBy(m => m.SentAt)
                    .Select(m => new { m.Body, m.SentAt }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var json = JsonSerializer.Serialize(new { displayName = name, threads, replies, votes, helpful, follows, reports, conversations },
            JsonSerializerOptions.Web);
        await context.RespondAsync(new PersonalDataReport("discussions", json));
    }
}
