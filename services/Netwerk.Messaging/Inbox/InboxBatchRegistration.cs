using MassTransit;

namespace Netwerk.Messaging.Inbox;

public static class InboxBatchRegistration
{
    /// <summary>Up to this many events in one transaction: a rush's backlog empties in few commits, and a batch stays
    /// short enough not to hold its locks for long.</summary>
    public const int MessageLimit = 50;

    /// <summary>How long a batch that is not full waits for more: the delay a single event may meet, well inside the
    /// latency partners are promised.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(5);

    /// <summary>Batches applied side by side, so one batch's commit does not stop the next from starting.</summary>
    public const int ConcurrencyLimit = 2;

    /// <summary>Registers an <see cref="InboxBatchConsumer{TEvent,TDbContext}"/> on its usual queue, with the batch
    /// limits above.</summary>
    public static void AddInboxBatchConsumer<TConsumer>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer, InboxBatchDefinition<TConsumer>>();

    private sealed class InboxBatchDefinition<TConsumer> : ConsumerDefinition<TConsumer>
        where TConsumer : class, IConsumer
    {
        protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpoint, IConsumerConfigurator<TConsumer> consumer,
            IRegistrationContext context)
        {
            // The broker must hand over enough messages for every batch in flight to fill.
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit) rabbit.PrefetchCount = Math.Max(rabbit.PrefetchCount, MessageLimit * ConcurrencyLimit);
            consumer.Options<BatchOptions>(options => options
                .SetMessageLimit(MessageLimit)
                .SetTimeLimit(TimeLimit)
                .SetConcurrencyLimit(ConcurrencyLimit));
        }
    }
}
