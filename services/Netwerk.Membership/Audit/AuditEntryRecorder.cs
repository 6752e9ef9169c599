using Netwerk.Contracts.Audit;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Membership.Audit;

/// <summary>Keeps every service's audit entries in one log, each once (the inbox), cut to the columns' lengths so an
/// overlong name from another service is kept shortened rather than refused.</summary>
public sealed class AuditEntryRecorder(MembershipDbContext db, TimeProvider clock) : InboxConsumer<AuditEntryRecorded, MembershipDbContext>(db, clock)
{
    protected override Task HandleAsync(AuditEntryRecorded message, CancellationToken cancellationToken)
    {
        Db.Set<AuditEntry>().Add(new AuditEntry
        {
            Id = message.EventId,
            OccurredAt = message.OccurredAt,
            ActorId = message.ActorId,
            ActorName = Cut(message.ActorName, 200)!,
            ClientId = Cut(message.ClientId, 200),
            ClientAddress = Cut(message.ClientAddress, 64),
            Service = Cut(message.Service, 40)!,
            Action = Cut(message.Action, 80)!,
            TargetType = Cut(message.TargetType, 40)!,
            TargetId = Cut(message.TargetId, 200)!,
            TargetName = Cut(message.TargetName, 300),
            Detail = Cut(message.Detail, 2000),
        });
        return Task.CompletedTask;
    }

    private static string? Cut(string? text, int length) => text is { } value && value.Length > length ? value[..length] : text;
}
