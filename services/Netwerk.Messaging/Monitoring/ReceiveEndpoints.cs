using MassTransit;

namespace Netwerk.Messaging.Monitoring;

/// <summary>The names of this process's receive endpoints (its queues), as MassTransit starts them; the bus's own
/// temporary endpoint is left out, as it has no error queue worth watching.</summary>
public sealed class ReceiveEndpoints : IReceiveEndpointObserver
{
    private readonly HashSet<string> _queues = [];

    public IReadOnlyList<string> Queues
    {
        get
        {
            lock (_queues) return [.. _queues.Order()];
        }
    }

    public Task Ready(ReceiveEndpointReady ready)
    {
        var address = ready.InputAddress;
        if (!address.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase))
        {
            lock (_queues) _queues.Add(address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]);
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
