using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Netwerk.Messaging.Monitoring;

/// <summary>Where MassTransit parks what a receive endpoint's consumers gave up on, for the gauge that counts it and
/// the redelivery that empties it.</summary>
internal static class ErrorQueue
{
    public static string Of(string endpoint) => endpoint + "_error";

    /// <summary>How many messages wait in the endpoint's error queue, asked with a passive declare (which only reads).
    /// A missing queue closes the channel it was asked on, so that channel serves no further question.</summary>
    public static async Task<long> CountAsync(IChannel channel, string endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(Of(endpoint), cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0; // MassTransit declares an error queue with the first message it parks
        }
    }
}
