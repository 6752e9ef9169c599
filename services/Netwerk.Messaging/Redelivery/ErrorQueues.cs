using Netwerk.Messaging.Monitoring;
using RabbitMQ.Client;

namespace Netwerk.Messaging.Redelivery;

/// <summary>This service's error queues, read and emptied beside MassTransit. A message is taken from an error queue
/// unacknowledged, published back to its endpoint's queue with the broker's confirmation, and only then acknowledged:
/// a crash in between leaves it in both queues, never in neither, and the consumer's inbox makes the second delivery
/// change nothing. Messages looked at but not taken go back when the channel closes, in their order.</summary>
public sealed class ErrorQueues(string service, ReceiveEndpoints endpoints, BrokerAddress broker)
{
    /// <summary>How many messages one request looks through for a given id.</summary>
    private const int MaximumScan = 10_000;

    private readonly ConnectionFactory _factory = new() { Uri = broker.Uri, ClientProvidedName = "netwerk error-queue redelivery" };

    /// <summary>The service whose queues these are, as its queue names begin.</summary>
    public string Service => service;

    public bool Knows(string endpoint) => endpoints.Queues.Contains(endpoint, StringComparer.Ordinal);

    /// <summary>Each endpoint with its count and its first <paramref name="limit"/> messages, oldest first.</summary>
    public async Task<IReadOnlyList<FailedEndpoint>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        var result = new List<FailedEndpoint>();
        foreach (var endpoint in endpoints.Queues)
        {
            // Its own channel per queue: closing it gives back what was looked at, and a missing queue closes only it.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var count = await ErrorQueue.CountAsync(channel, endpoint, cancellationToken);
            var messages = new List<FailedMessage>();
            while (messages.Count < Math.Min(limit, count) && await channel.BasicGetAsync(ErrorQueue.Of(endpoint), autoAck: false, cancellationToken) is { } parked)
            {
                messages.Add(ParkedEnvelope.Read(parked.BasicProperties, parked.Body));
            }
            result.Add(new FailedEndpoint(endpoint, count, messages));
        }
        return result;
    }

    /// <summary>Moves the message with <paramref name="messageId"/> back; null when it is not (or no longer) there.</summary>
    public Task<Redelivered?> RedeliverAsync(string endpoint, string messageId, CancellationToken cancellationToken) =>
        MoveAsync(endpoint, parked => ParkedEnvelope.Read(parked.BasicProperties, parked.Body).Id == messageId, stopAfterFirst: true, cancellationToken);

    /// <summary>Moves every message that was in the error queue when the request came; one that fails again meanwhile
    /// waits for the next request instead of going round.</summary>
    public async Task<Redelivered> RedeliverAllAsync(string endpoint, CancellationToken cancellationToken) =>
        await MoveAsync(endpoint, _ => true, stopAfterFirst: false, cancellationToken) ?? new Redelivered(endpoint, 0);

    private async Task<Redelivered?> MoveAsync(string endpoint, Func<BasicGetResult, bool> wanted, bool stopAfterFirst, CancellationToken cancellationToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var errorQueue = ErrorQueue.Of(endpoint);
        var waiting = Math.Min(await ErrorQueue.CountAsync(channel, endpoint, cancellationToken), MaximumScan);
        var moved = 0;
        for (var looked = 0; looked < waiting; looked++)
        {
            if (await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is not { } parked) break;
            if (!wanted(parked)) continue; // left unacknowledged: back in its place when the channel closes

            var properties = new BasicProperties(parked.BasicProperties);
            if (properties.Headers is { } headers)
            {
                properties.Headers = headers.Where(h => !ParkedEnvelope.IsFaultHeader(h.Key)).ToDictionary(h => h.Key, h => h.Value);
            }
            // The default exchange routes by queue name: straight to the endpoint's queue, not to every subscriber.
            await channel.BasicPublishAsync("", endpoint, mandatory: true, properties, parked.Body, cancellationToken);
            await channel.BasicAckAsync(parked.DeliveryTag, multiple: false, cancellationToken);
            moved++;
            if (stopAfterFirst) break;
        }
        return moved == 0 && stopAfterFirst ? null : new Redelivered(endpoint, moved);
    }
}
