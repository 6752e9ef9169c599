using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Discussions;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Discussions.Posting;
using Netwerk.Discussions.Threads;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.RateLimiting;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Conversations;

/// <summary>`/api/conversations`: private conversations between members. Only participants see or write in one; to
/// anyone else it does not exist (404). A conversation starts only with members in the directory, within a limit per
/// member, so the directory cannot be used to spam.</summary>
internal static class ConversationsApi
{
    private static readonly KeysetOrder<Conversation> Newest = KeysetOrder<Conversation>.Descending(c => c.LastMessageAt, c => c.Id);
    private static readonly KeysetOrder<ConversationMessage> Oldest = KeysetOrder<ConversationMessage>.Ascending(m => m.SentAt, m => m.Id);

    public static void MapConversationsApi(this IEndpointRouteBuilder routes)
    {
        var conversations = routes.MapGroup("/api/conversations").WithTags("Conversations").RequireAuthorization(NetwerkPolicies.Member);
        conversations.MapPost("", StartAsync).WithName("StartConversation")
            .WithSummary("Start a private conversation with members in the directory: a subject and the first message; they are told.");
        conversations.MapGet("", ListAsync).WithName("ListConversations")
            .WithSummary("The caller's conversations, the most recent first, each with the number of others' messages not yet read.");
        conversations.MapGet("/{id:guid}", GetAsync).WithName("GetConversation")
            .WithSummary("A conversation's participants and messages, oldest first (paged); reading it marks it read. 404 to a non-participant.");
        conversations.MapPost("/{id:guid}/messages", WriteAsync).WithName("WriteInConversation")
            .WithSummary("Write in a conversation the caller takes part in; the others are told. 404 to a non-participant.");
    }

    private static async Task<Results<Created<ConversationView>, ValidationProblem, ProblemHttpResult>> StartAsync(ConversationInput input,
        ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, PostingLimits limits, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var errors = input.Check();
        var recipients = (input.MemberIds ?? []).Distinct().Where(id => id != participant.MemberId).ToList();
        if (!errors.Any)
        {
            var inDirectory = await db.MemberProfiles.Where(p => recipients.Contains(p.MemberId) && p.InDirectory).CountAsync(cancellationToken);
            if (recipients.Count == 0) errors.Add("memberIds", "Name at least one member other than yourself.");
            else if (inDirectory != recipients.Count) errors.Add("memberIds", "Only members in the directory can be written to.");
        }
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await limits.StartConversationAsync(participant, cancellationToken) is { } wait) return TooManyRequests.Answer(context, wait);

        var now = clock.Now();
        var conversation = new Conversation { Id = Guid.CreateVersion7(now), Subject = input.Subject!.Trim(), StartedAt = now, LastMessageAt = now, MessageCount = 1 };
        var message = new ConversationMessage { Id = Guid.CreateVersion7(now), ConversationId = conversation.Id, AuthorId = participant.MemberId,
            Body = input.Body!.Trim(), SentAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.KeepNewestAsync([participant.ToKnownMember()], cancellationToken);
        db.Conversations.Add(conversation);
        db.ConversationParticipants.Add(new ConversationParticipant { ConversationId = conversation.Id, MemberId = participant.MemberId, ReadUpTo = now });
        db.ConversationParticipants.AddRange(recipients.Select(id => new ConversationParticipant
            { ConversationId = conversation.Id, MemberId = id, ReadUpTo = DateTimeOffset.UnixEpoch }));
        db.ConversationMessages.Add(message);
        db.AddIntegrationEvent(Sent(conversation, message, participant, recipients, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var view = await ViewAsync(db, conversation, participant.MemberId, new PageRequest(PageRequest.DefaultLimit, null), cancellationToken);
        return TypedResults.Created($"/api/conversations/{conversation.Id}", view);
    }

    private static async Task<Results<Ok<Page<ConversationSummary>>, ValidationProblem>> ListAsync(ClaimsPrincipal user, DiscussionsDbContext db,
        int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var me = NetwerkClaims.MemberId(user);
        var mine = db.Conversations.Where(c => db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.MemberId == me));
        var rows = await Newest.PageOf(mine, page).Select(c => new
        {
            Conversation = c,
            Unread = db.ConversationMessages.Count(m => m.ConversationId == c.Id && m.AuthorId != me
                && m.SentAt > db.ConversationParticipants.Where(p => p.ConversationId == c.Id && p.MemberId == me).Select(p => p.ReadUpTo).FirstOrDefault()),
        }).ToListAsync(cancellationToken);
        var others = await ParticipantsAsync(db, [.. rows.Select(r => r.Conversation.Id)], cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => Newest.CursorOf(r.Conversation), r => new ConversationSummary(r.Conversation.Id,
            r.Conversation.Subject, [.. others.GetValueOrDefault(r.Conversation.Id, []).Where(p => p.MemberId != me)], r.Conversation.LastMessageAt,
            r.Conversation.MessageCount, r.Unread)));
    }

    private static async Task<Results<Ok<ConversationView>, NotFound, ValidationProblem>> GetAsync(Guid id, ClaimsPrincipal user,
        DiscussionsDbContext db, TimeProvider clock, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Parse(limit, cursor, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        var me = NetwerkClaims.MemberId(user);
        var conversation = await MineAsync(db, id, me, cancellationToken);
        if (conversation is null) return TypedResults.NotFound();
        var view = await ViewAsync(db, conversation, me, page, cancellationToken);
        // Read up to the newest message shown; never backwards, when an older page is read after a newer one.
        var readUpTo = view.Messages.Count > 0 ? view.Messages.Max(m => m.SentAt) : conversation.StartedAt;
        await db.ConversationParticipants.Where(p => p.ConversationId == id && p.MemberId == me && p.ReadUpTo < readUpTo)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ReadUpTo, readUpTo), cancellationToken);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Created<MessageView>, NotFound, ValidationProblem, ProblemHttpResult>> WriteAsync(Guid id, MessageInput input,
        ClaimsPrincipal user, HttpContext context, DiscussionsDbContext db, PostingLimits limits, TimeProvider clock, CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        var conversation = await MineAsync(db, id, participant.MemberId, cancellationToken);
        if (conversation is null) return TypedResults.NotFound();
        var errors = input.Check();
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        if (await limits.WriteMessageAsync(participant, cancellationToken) is { } wait) return TooManyRequests.Answer(context, wait);

        var now = clock.Now();
        var message = new ConversationMessage { Id = Guid.CreateVersion7(now), ConversationId = id, AuthorId = participant.MemberId,
            Body = input.Body!.Trim(), SentAt = now };
        var recipients = await db.ConversationParticipants.Where(p => p.ConversationId == id && p.MemberId != participant.MemberId)
            .Select(p => p.MemberId).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.KeepNewestAsync([participant.ToKnownMember()], cancellationToken);
        db.ConversationMessages.Add(message);
        db.AddIntegrationEvent(Sent(conversation, message, participant, recipients, now));
        await db.SaveChangesAsync(cancellationToken);
        // One statement each, so that messages written at once each count.
        await db.Conversations.Where(c => c.Id == id).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.MessageCount, x => x.MessageCount + 1).SetProperty(x => x.LastMessageAt, now), cancellationToken);
        await db.ConversationParticipants.Where(p => p.ConversationId == id && p.MemberId == participant.MemberId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ReadUpTo, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/conversations/{id}", new MessageView(message.Id, participant.MemberId, participant.DisplayName, message.Body,
            now, Mine: true));
    }

    private static ConversationMessageSent Sent(Conversation conversation, ConversationMessage message, Participant sender,
        IReadOnlyList<Guid> recipients, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), now, conversation.Id, message.Id, conversation.Subject, sender.MemberId, sender.DisplayName, recipients,
            WebPages.Conversation(conversation.Id));

    private static Task<Conversation?> MineAsync(DiscussionsDbContext db, Guid id, Guid me, CancellationToken cancellationToken) =>
        db.Conversations.AsNoTracking()
            .Where(c => c.Id == id && db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.MemberId == me))
            .FirstOrDefaultAsync(cancellationToken);

    private static async Task<ConversationView> ViewAsync(DiscussionsDbContext db, Conversation conversation, Guid me, PageRequest page,
        CancellationToken cancellationToken)
    {
        var rows = await Oldest.PageOf(db.ConversationMessages.Where(m => m.ConversationId == conversation.Id), page)
            .GroupJoin(db.KnownMembers, m => m.AuthorId, k => k.MemberId, (m, names) => new { Message = m, Names = names })
            .SelectMany(x => x.Names.DefaultIfEmpty(), (x, name) => new { x.Message, Name = name == null ? null : name.DisplayName })
            .OrderBy(x => x.Message.SentAt).ThenBy(x => x.Message.Id)
            .ToListAsync(cancellationToken);
        var participants = await ParticipantsAsync(db, [conversation.Id], cancellationToken);
        var shown = page.ToPage(rows, r => Oldest.CursorOf(r.Message), r => new MessageView(r.Message.Id, r.Message.AuthorId,
            AuthorNames.Of(r.Message.AuthorId, r.Name), r.Message.Body, r.Message.SentAt, r.Message.AuthorId == me));
        return new ConversationView(conversation.Id, conversation.Subject, participants.GetValueOrDefault(conversation.Id, []), conversation.StartedAt,
            shown.Items, shown.NextCursor);
    }

    /// <summary>Each conversation's participants by name; one who left the network is no longer among them, and their
    /// messages read "oud-lid".</summary>
    private static async Task<Dictionary<Guid, List<ConversationMember>>> ParticipantsAsync(DiscussionsDbContext db, IReadOnlyList<Guid> ids,
        CancellationToken cancellationToken)
    {
        var rows = await db.ConversationParticipants.Where(p => ids.Contains(p.ConversationId))
            .GroupJoin(db.KnownMembers, p => p.MemberId, k => k.MemberId, (p, names) => new { Participant = p, Names = names })
            .SelectMany(x => x.Names.DefaultIfEmpty(), (x, name) => new { x.Participant.ConversationId, x.Participant.MemberId, Name = name == null ? null : name.DisplayName })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ConversationId).ToDictionary(g => g.Key,
            g => g.OrderBy(r => r.Name).Select(r => new ConversationMember(r.MemberId, AuthorNames.Of(r.MemberId, r.Name))).ToList());
    }
}
