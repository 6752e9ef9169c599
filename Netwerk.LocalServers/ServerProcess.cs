using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Netwerk.LocalServers;

/// <summary>Runs a <see cref="ServerCommand"/> as a child process (the tests' way; the AppHost hands the same
/// command to Aspire as an executable resource) and can stop and start it again on the same port.</summary>
public sealed class ServerProcess(ServerCommand command) : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    public ServerCommand Command => command;

    /// <summary>Starts the server that <paramref name="prepare"/> makes for a port, on a free port; when that port
    /// was taken between finding and binding it, tries again on another. The port is in <c>Command.Port</c>.</summary>
    public static async Task<ServerProcess> StartOnFreePortAsync(Func<int, ServerCommand> prepare, TimeSpan timeout)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            var server = new ServerProcess(prepare(FreePort.Find()));
            try
            {
                await server.StartAsync(timeout);
                return server;
            }
            catch (InvalidOperationException) when (attempt < attempts && server.LostItsPort)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Whether the server stopped because its port was in use (PostgreSQL and Redis say it in words,
    /// Erlang as <c>eaddrinuse</c>).</summary>
    private bool LostItsPort =>
        Output.Contains("Address already in use", StringComparison.OrdinalIgnoreCase) ||
        Output.Contains("eaddrinuse", StringComparison.OrdinalIgnoreCase);

    public async Task StartAsync(TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = command.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in command.Environment) start.Environment[key] = value;

        // A restart is judged by what this run writes, not by the ready line of the run before.
        lock (_output) _output.Clear();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command.Name}.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                // Waits for the redirected output to be read to its end, so the reason is in what we report.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"{command.Name} exited with {_process.ExitCode}:\n{Output}");
            }
            if (await AcceptsConnectionsAsync()) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{command.Name} did not accept connections on port {command.Port} within {timeout}:\n{Output}");
    }

    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        // SIGTERM first, so RabbitMQ and PostgreSQL shut down cleanly and release their ports and files.
        Signal(_process.Id, "TERM");
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        // The server's own word first: a TCP connection succeeds while PostgreSQL still recovers, and any listener on
        // the port answers, ours or not.
        if (!Output.Contains(command.ReadyLine, StringComparison.Ordinal)) return false;
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", command.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Signal(int pid, string signal) =>
        Process.Start(new ProcessStartInfo("/bin/kill", [$"-{signal}", pid.ToString()]))?.WaitForExit();
}
