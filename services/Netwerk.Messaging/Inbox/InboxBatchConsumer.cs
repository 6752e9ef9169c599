using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts;

namespace Netwerk.Messaging.Inbox;

/// <summary>Base for a consumer of events that come in bursts (a registration rush brings thousands in seconds):
/// the events waiting in its queue are applied together, in one transaction with one inbox lookup and one commit,
/// instead of a transaction each. Register it with
/// <see cref="InboxBatchRegistration.AddInboxBatchConsumer{TConsumer}"/>.</summary>
/// <remarks>When the batch fails, each event is tried again in a transaction of its own, so the events that can be
/// applied are, and only the failure is left to MassTransit's retries. Should it keep failing, MassTransit parks the
/// whole batch in the error queue, the events already applied with it; sent back from there they change nothing, as
/// the inbox knows them.</remarks>
public abstract class InboxBatchConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider clock)
    : InboxApplier<TEvent, TDbContext>(db, clock), IConsumer<Batch<TEvent>>
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    public async Task Consume(ConsumeContext<Batch<TEvent>> context)
    {
        var messages = context.Message.Select(m => m.Message).ToList();
        try
        {
            await ApplyAsync(messages, context.CancellationToken);
        }
        catch (Exception) when (messages.Count > 1 && !context.CancellationToken.IsCancellationRequested)
        {
            // A batch stopped by shutdown is simply redelivered; one that failed is taken apart.
            Exception? firstFailure = null;
            foreach (var message in messages)
            {
                try
                {
                    await ApplyAsync([message], context.CancellationToken);
                }
                catch (Exception exception)
                {
                    firstFailure ??= exception;
                }
            }
            if (firstFailure is not null) throw firstFailure;
        }
    }
}
