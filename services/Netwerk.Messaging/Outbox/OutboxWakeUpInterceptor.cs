using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Netwerk.Messaging.Outbox;

/// <summary>Tells the dispatcher when events have become visible: after a SaveChanges that stored events outside an
/// explicit transaction, or when an explicit transaction that stored events commits. Only those: waking it on every
/// commit, the dispatcher's own included, kept it in a loop that took a core of every idle service.</summary>
internal sealed class OutboxWakeUpInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    // Weak: a context or transaction that ends without a commit (an exception, a rollback) leaves nothing behind.
    private readonly ConditionalWeakTable<DbContext, object> _savingEvents = new();
    private readonly ConditionalWeakTable<DbTransaction, object> _transactionsWithEvents = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteEvents(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        NoteEvents(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeIfSaved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeIfSaved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WakeIfCommitted(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WakeIfCommitted(transaction);
        return Task.CompletedTask;
    }

    private void NoteEvents(DbContext? db)
    {
        if (db is null || !db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added)) return;
        if (db.Database.CurrentTransaction is { } transaction) _transactionsWithEvents.AddOrUpdate(transaction.GetDbTransaction(), Marker);
        else _savingEvents.AddOrUpdate(db, Marker);
    }

    private void WakeIfSaved(DbContext? db)
    {
        if (db is not null && _savingEvents.Remove(db)) signal.Notify();
    }

    private void Forget(DbContext? db)
    {
        if (db is not null) _savingEvents.Remove(db);
    }

    private void WakeIfCommitted(DbTransaction transaction)
    {
        if (_transactionsWithEvents.Remove(transaction)) signal.Notify();
    }
}
