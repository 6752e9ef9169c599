using System.Diagnostics;

namespace Netwerk.Benchmarks.Platform;

/// <summary>A service (or the gateway) as its own process from its Release build, the way it runs in production.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(string name, Process process, StreamWriter log, int port)
    {
        Name = name;
        _process = process;
        _log = log;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public string Name { get; }
    public Uri Address { get; }
    public int ProcessId => _process.Id;

    /// <summary>Resident memory now (VmRSS), in MiB.</summary>
    public double WorkingSetMiB
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / 1024.0 / 1024.0;
        }
    }

    public static async Task<ServiceProcess> StartAsync(string name, string assembly, int port, IReadOnlyDictionary<string, string> environment,
        string logFolder, IReadOnlyList<string>? arguments = null)
    {
        var start = new ProcessStartInfo("dotnet", [assembly, .. arguments ?? []])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var log = new StreamWriter(Path.Combine(logFolder, $"{name}.log")) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(name, process, log, port);
        await service.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        return service;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}; see its log.");
            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} did not become healthy within {timeout}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
