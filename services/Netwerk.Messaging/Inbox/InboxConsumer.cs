using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts;

namespace Netwerk.Messaging.Inbox;

/// <summary>Base for every consumer: the effect and the record that this event was handled are committed in one
/// transaction, so a redelivered event (at-least-once delivery) changes nothing the second time.</summary>
public abstract class InboxConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db => db;
    protected TimeProvider Clock => clock;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var consumer = NameOf(GetType());
        var eventId = context.Message.EventId;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<InboxMessage>().AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        db.Set<InboxMessage>().Add(new InboxMessage { EventId = eventId, Consumer = consumer, ProcessedAt = clock.GetUtcNow() });
        // Two deliveries racing past the check above meet at the inbox's primary key: the loser's transaction
        // rolls back, MassTransit retries it, and the retry finds the event handled.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await AfterCommitAsync(context.Message, cancellationToken);
    }

    /// <summary>Runs once the effect is committed (not for a redelivered event): for waking workers or telling live
    /// listeners about what is now certain to exist.</summary>
    protected virtual Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The consumer's name in the inbox: its type's name, with the event for a generic consumer registered for
    /// several events (`RegistrationCountsForwarder<RegistrationConfirmed>`).</summary>
    private static string NameOf(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(",", type.GetGenericArguments().Select(a => a.Name))}>"
        : type.Name;

    /// <summary>Applies the event to <see cref="Db"/>; do not call SaveChanges, the base class does.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
