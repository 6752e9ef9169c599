using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts;

namespace Netwerk.Messaging.Inbox;

/// <summary>What every consumer does with the events it receives: the effect and the record that the event was
/// handled are committed in one transaction, so a redelivered event (at-least-once delivery) changes nothing the
/// second time. <see cref="InboxConsumer{TEvent,TDbContext}"/> applies events one by one,
/// <see cref="InboxBatchConsumer{TEvent,TDbContext}"/> several in one transaction.</summary>
public abstract class InboxApplier<TEvent, TDbContext>(TDbContext db, TimeProvider clock)
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db => db;
    protected TimeProvider Clock => clock;

    /// <summary>Applies the events not handled before, in order, in one transaction. Each event's effect is saved
    /// before the next is handled, so a handler's queries see the events before it as if each had had a transaction of
    /// its own, unless <see cref="EventsAreIndependent"/>.</summary>
    protected async Task ApplyAsync(IReadOnlyList<TEvent> messages, CancellationToken cancellationToken)
    {
        // EF would wrap each SaveChanges in a savepoint (two more round trips per event); the transaction is undone
        // whole or not at all, so they would never be used.
        db.Database.AutoSavepointsEnabled = false;
        List<TEvent> applied;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                applied = await ApplyInTransactionAsync(messages, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                // Nothing of this attempt stays: neither tracked entities nor what the handlers meant to announce.
                db.ChangeTracker.Clear();
                RolledBack();
                throw;
            }
        }
        foreach (var message in applied) await AfterCommitAsync(message, cancellationToken);
    }

    /// <returns>The events applied now (not those the inbox already knew).</returns>
    private async Task<List<TEvent>> ApplyInTransactionAsync(IReadOnlyList<TEvent> messages, CancellationToken cancellationToken)
    {
        var consumer = NameOf(GetType());
        var eventIds = messages.Select(m => m.EventId).Distinct().ToList();
        var handled = (await db.Set<InboxMessage>().Where(m => m.Consumer == consumer && eventIds.Contains(m.EventId))
            .Select(m => m.EventId).ToListAsync(cancellationToken)).ToHashSet();
        var applied = new List<TEvent>();
        foreach (var message in messages)
        {
            if (!handled.Add(message.EventId)) continue;
            await HandleAsync(message, cancellationToken);
            db.Set<InboxMessage>().Add(new InboxMessage { EventId = message.EventId, Consumer = consumer, ProcessedAt = clock.GetUtcNow() });
            if (!EventsAreIndependent) await db.SaveChangesAsync(cancellationToken);
            applied.Add(message);
        }
        // Two deliveries racing past the check above meet at the inbox's primary key: the loser's transaction rolls
        // back, MassTransit retries it, and the retry finds the event handled.
        await db.SaveChangesAsync(cancellationToken);
        return applied;
    }

    /// <summary>True when handling an event never reads what handling another one writes (a notice per event, a
    /// webhook per event): a batch is then saved once, in a few multi-row statements.</summary>
    protected virtual bool EventsAreIndependent => false;

    /// <summary>Applies <paramref name="message"/> to <see cref="Db"/>; do not call SaveChanges, the base class does.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);

    /// <summary>Runs once the effect is committed (not for a redelivered event): for waking workers or telling live
    /// listeners about what is now certain to exist.</summary>
    protected virtual Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Forgets state kept for <see cref="AfterCommitAsync"/> when the transaction rolled back (the consumer
    /// may be asked to try again).</summary>
    protected virtual void RolledBack()
    {
    }

    /// <summary>The consumer's name in the inbox: its type's name, with the event for a generic consumer registered for
    /// several events (`RegistrationCountsForwarder<RegistrationConfirmed>`).</summary>
    private static string NameOf(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(",", type.GetGenericArguments().Select(a => a.Name))}>"
        : type.Name;
}
