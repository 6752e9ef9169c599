using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Platform;
using Netwerk.LocalServers;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>The same authenticated read (`GET /api/events` with a member's token) four ways in one run: straight to
/// the events service, through the gateway (which validates the token and applies the rate limits before it
/// forwards), through nginx (Debian's package) as a plain reverse proxy with pooled upstream connections, and through
/// a plain YARP forwarder (<see cref="PlainProxy"/>), the floor under the gateway. The load comes from wrk (Debian's
/// package) in its own process, at several connection counts, each for <c>seconds</c>, the order of the ways rotated
/// every run; medians of the runs.</summary>
internal sealed partial class GatewayOverhead(BenchmarkPlatform platform, int[] connections, int seconds, int runs)
{
    /// <summary>One wrk run, with the CPU time per request of the proxy (none when direct) and of the service.
    /// <paramref name="Run"/> numbers the round in which the ways were measured one after the other.</summary>
    public sealed record Measurement(string Via, int Connections, int Run, double RequestsPerSecond, double P50, double P99,
        double ProxyCpuMicroseconds, double ServiceCpuMicroseconds);

    public async Task<IReadOnlyList<Measurement>> RunAsync(TextWriter output)
    {
        await using var nginx = await Nginx.StartAsync(platform.Events.Address, platform.Servers.Logs);
        await using var plain = await ServiceProcess.StartAsync("plain-yarp", typeof(PlainProxy).Assembly.Location, FreePort.Find(),
            new Dictionary<string, string>(), platform.Servers.Logs, [PlainProxy.Command, platform.Events.Address.ToString()]);
        var token = platform.Tokens.Member(Guid.NewGuid(), "Lezend lid");
        var ways = new[]
        {
            ("direct", platform.Events.Address, (int?)null),
            ("gateway", platform.Gateway.Address, platform.Gateway.ProcessId),
            ("nginx", nginx.Address, nginx.ProcessId),
            ("yarp", plain.Address, plain.ProcessId),
        };
        // Long enough for the JIT's optimised code: after 3 s the first measurements (one connection) still ran slower.
        foreach (var (_, address, _) in ways) await WrkAsync(address, token, 16, 10);

        var results = new List<Measurement>();
        foreach (var count in connections)
        {
            for (var run = 0; run < runs; run++)
            {
                foreach (var (via, address, proxy) in ways.Skip(run % ways.Length).Concat(ways.Take(run % ways.Length)))
                {
                    TimeSpan ProxyCpuUsed() => proxy is { } id ? ProcessCpu.Used(id) : TimeSpan.Zero;
                    var (proxyBefore, serviceBefore) = (ProxyCpuUsed(), ProcessCpu.Used(platform.Events.ProcessId));
                    var (rate, requests, p50, p99) = await WrkAsync(address, token, count, seconds);
                    var proxyCpu = ProxyCpuUsed() - proxyBefore;
                    var serviceCpu = ProcessCpu.Used(platform.Events.ProcessId) - serviceBefore;
                    var measurement = new Measurement(via, count, run, rate, p50, p99, proxyCpu.TotalMicroseconds / requests, serviceCpu.TotalMicroseconds / requests);
                    results.Add(measurement);
                    output.WriteLine($"  {count,3} connections, run {run + 1}, {via,-7}: {rate,7:F0} requests/s, p50 {p50,6:F2} ms, p99 {p99,6:F2} ms, " +
                        $"CPU per request: proxy {measurement.ProxyCpuMicroseconds,4:F0} µs, service {measurement.ServiceCpuMicroseconds,4:F0} µs");
                }
            }
        }
        return results;
    }

    private static async Task<(double RequestsPerSecond, long Requests, double P50, double P99)> WrkAsync(Uri address, string token, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t", "1", "-c", connections.ToString(), "-d", $"{seconds}s", "--latency",
            "-H", $"Authorization: Bearer {token}", new Uri(address, "/api/events?limit=20").ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(start)!;
        var text = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rate = double.Parse(RequestsPerSecond().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        if (NonSuccess().Match(text) is { Success: true } failed) throw new InvalidOperationException($"wrk saw failures at {address}: {failed.Value}");
        var requests = long.Parse(RequestCount().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        return (rate, requests, Percentile(text, "50%"), Percentile(text, "99%"));
    }

    private static double Percentile(string text, string label)
    {
        var match = Regex.Match(text, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in ")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses: \d+")]
    private static partial Regex NonSuccess();

    /// <summary>nginx as a plain reverse proxy: one worker per core, keep-alive to the upstream, no access log.</summary>
    private sealed class Nginx : IAsyncDisposable
    {
        private readonly Process _process;
        private Nginx(Process process, Uri address) => (_process, Address) = (process, address);

        public Uri Address { get; }
        public int ProcessId => _process.Id;

        public static async Task<Nginx> StartAsync(Uri upstream, string folder)
        {
            var port = FreePort.Find();
            var prefix = Directory.CreateTempSubdirectory("netwerk-nginx-").FullName;
            var config = Path.Combine(prefix, "nginx.conf");
            await File.WriteAllTextAsync(config, $$"""
                worker_processes auto;
                daemon off;
                pid {{prefix}}/nginx.pid;
                error_log {{folder}}/nginx.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    upstream events { server {{upstream.Host}}:{{upstream.Port}}; keepalive 256; }
                    server {
                        listen 127.0.0.1:{{port}};
                        location / {
                            proxy_pass http://events;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                        }
                    }
                }
                """);
            var process = Process.Start(new ProcessStartInfo("nginx", ["-c", config, "-p", prefix]) { RedirectStandardError = true })!;
            var address = new Uri($"http://127.0.0.1:{port}");
            using var probe = new HttpClient();
            for (var i = 0; i < 50; i++)
            {
                try
                {
                    using var _ = await probe.GetAsync(new Uri(address, "/alive"));
                    return new Nginx(process, address);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }
            throw new InvalidOperationException("nginx did not start: " + await process.StandardError.ReadToEndAsync());
        }

        public async ValueTask DisposeAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }
}
