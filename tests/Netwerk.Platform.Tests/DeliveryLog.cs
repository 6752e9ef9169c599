using System.Collections.Concurrent;
using MassTransit;
using Netwerk.Contracts;

namespace Netwerk.Platform.Tests;

/// <summary>Counts every delivery a consumer finished, by event id, duplicates included: what the broker
/// delivered, as opposed to what the inbox let through.</summary>
public sealed class DeliveryLog : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    public int DeliveriesOf(Guid eventId) => _deliveries.GetValueOrDefault(eventId);

    public int TotalDeliveries => _deliveries.Values.Sum();

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IIntegrationEvent integrationEvent)
        {
            _deliveries.AddOrUpdate(integrationEvent.EventId, 1, (_, count) => count + 1);
        }
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
