using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Netwerk.Messaging.Monitoring;

/// <summary>`netwerk.messaging.error_queue.messages`, tag `endpoint`: how many messages each of this service's consumers
/// gave up on after their retries and MassTransit parked in the endpoint's `_error` queue. 0 is the normal state;
/// anything else wants an operator. Asked of the broker every few seconds (a passive declare, which only reads).</summary>
public sealed class ErrorQueueGauge : BackgroundService
{
    private readonly ReceiveEndpoints _endpoints;
    private readonly ConnectionFactory _broker;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _clock;
    private readonly ILogger<ErrorQueueGauge> _logger;
    private readonly Dictionary<string, long> _parked = [];

    public ErrorQueueGauge(IBus bus, ReceiveEndpoints endpoints, BrokerAddress broker, IOptions<Outbox.OutboxOptions> options, TimeProvider clock,
        IMeterFactory meters, ILogger<ErrorQueueGauge> logger)
    {
        _endpoints = endpoints;
        // Made before the bus starts (this service is registered before MassTransit's), so every endpoint is seen ready.
        bus.ConnectReceiveEndpointObserver(endpoints);
        _broker = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "netwerk error-queue gauge" };
        _interval = options.Value.BacklogInterval;
        _clock = clock;
        _logger = logger;
        meters.Create(MessagingMeter.Name).CreateObservableGauge("netwerk.messaging.error_queue.messages",
            Observe, unit: "{message}", description: "Messages a consumer gave up on, waiting in its endpoint's error queue.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _clock);
        IConnection? connection = null;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    connection ??= await _broker.CreateConnectionAsync(stoppingToken);
                    foreach (var queue in _endpoints.Queues) Keep(queue, await ParkedAsync(connection, queue, stoppingToken));
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The broker away is the health checks' to report, and a gauge must never stop the service: it
                    // keeps its last counts and tries again with a new connection.
                    _logger.LogDebug(exception, "Counting the error queues failed");
                    if (connection is not null) await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }

    private static async Task<long> ParkedAsync(IConnection connection, string endpoint, CancellationToken cancellationToken)
    {
        // A failed passive declare closes its channel, so each queue gets one of its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return await ErrorQueue.CountAsync(channel, endpoint, cancellationToken);
    }

    private void Keep(string queue, long parked)
    {
        lock (_parked) _parked[queue] = parked;
    }

    private IEnumerable<Measurement<long>> Observe()
    {
        lock (_parked) return [.. _parked.Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("endpoint", pair.Key)))];
    }
}
