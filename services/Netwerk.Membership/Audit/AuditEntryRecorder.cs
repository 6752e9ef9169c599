using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Audit;
using Netwerk.Membership.Data;
using Netwerk.Membership.Members;
using Netwerk.Membership.Privacy;
using Netwerk.Messaging.Audit;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Membership.Audit;

/// <summary>Keeps every service's audit entries in one log, each once (the inbox), cut to the columns' lengths so an
/// overlong name from another service is kept shortened rather than refused.</summary>
public sealed class AuditEntryRecorder(MembershipDbContext db, TimeProvider clock) : InboxConsumer<AuditEntryRecorded, MembershipDbContext>(db, clock)
{
    protected override async Task HandleAsync(AuditEntryRecorded message, CancellationToken cancellationToken)
    {
        // An entry still on its way when its member left arrives after the erasure: it is kept as erasure leaves the others.
        var erasedActor = message.ActorId is { } actor && await ErasedAsync(actor, cancellationToken);
        var erasedTarget = message.TargetType == AuditTarget.MemberType && Guid.TryParse(message.TargetId, out var target)
            && await ErasedAsync(target, cancellationToken);
        Db.Set<AuditEntry>().Add(new AuditEntry
        {
            Id = message.EventId,
            OccurredAt = message.OccurredAt,
            ActorId = message.ActorId,
            ActorName = erasedActor ? MemberErasure.ErasedDisplayName : Cut(message.ActorName, AuditEntry.NameLength)!,
            ClientId = Cut(message.ClientId, AuditEntry.ClientIdLength),
            ClientAddress = erasedActor ? null : Cut(message.ClientAddress, AuditEntry.AddressLength),
            Service = Cut(message.Service, AuditEntry.ServiceLength)!,
            Action = Cut(message.Action, AuditEntry.ActionLength)!,
            TargetType = Cut(message.TargetType, AuditEntry.TargetTypeLength)!,
            TargetId = Cut(message.TargetId, AuditEntry.TargetIdLength)!,
            TargetName = erasedTarget ? MemberErasure.ErasedDisplayName : Cut(message.TargetName, AuditEntry.TargetNameLength),
            Detail = Cut(message.Detail, AuditEntry.DetailLength),
        });
    }

    private Task<bool> ErasedAsync(Guid memberId, CancellationToken cancellationToken) =>
        Db.Members.AnyAsync(m => m.Id == memberId && m.Status == MemberStatus.Erased, cancellationToken);

    private static string? Cut(string? text, int length) => text is { } value && value.Length > length ? value[..length] : text;
}
