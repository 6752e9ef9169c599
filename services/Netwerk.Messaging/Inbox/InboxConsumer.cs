using MassTransit;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts;

namespace Netwerk.Messaging.Inbox;

/// <summary>Base for a consumer that applies each event in a transaction of its own (see
/// <see cref="InboxApplier{TEvent,TDbContext}"/>).</summary>
public abstract class InboxConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider clock)
    : InboxApplier<TEvent, TDbContext>(db, clock), IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    public Task Consume(ConsumeContext<TEvent> context) => ApplyAsync([context.Message], context.CancellationToken);
}
