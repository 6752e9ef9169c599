using RabbitMQ.Client;

namespace Netwerk.Platform.Tests.Messaging;

/// <summary>What MassTransit has parked in a consumer's error queue after its retries.</summary>
internal static class ParkedMessages
{
    public static async Task<uint> CountAsync(string brokerConnectionString, string errorQueue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(errorQueue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not declared yet: MassTransit creates it with the first faulted message
        }
    }
}
