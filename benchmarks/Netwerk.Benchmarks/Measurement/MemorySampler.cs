using Netwerk.Benchmarks.Platform;

namespace Netwerk.Benchmarks.Measurement;

/// <summary>Each service's working set right after start, its highest while the scenarios run (sampled twice a
/// second) and at the end.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly IReadOnlyList<ServiceProcess> _services;
    private readonly Dictionary<string, double> _atStart;
    private readonly Dictionary<string, double> _peak;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public MemorySampler(IReadOnlyList<ServiceProcess> services)
    {
        _services = services;
        _atStart = services.ToDictionary(s => s.Name, s => s.WorkingSetMiB);
        _peak = new Dictionary<string, double>(_atStart);
        _sampling = SampleAsync();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                foreach (var service in _services)
                {
                    lock (_peak) _peak[service.Name] = Math.Max(_peak[service.Name], service.WorkingSetMiB);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Report(TextWriter output)
    {
        output.WriteLine("## Memory: working set per service (MiB)");
        output.WriteLine();
        output.WriteLine("| service | after start | highest under load | after the runs |");
        output.WriteLine("|---|---|---|---|");
        foreach (var service in _services)
        {
            double peak;
            lock (_peak) peak = _peak[service.Name];
            output.WriteLine($"| {service.Name} | {_atStart[service.Name]:F0} | {peak:F0} | {service.WorkingSetMiB:F0} |");
        }
        output.WriteLine();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
