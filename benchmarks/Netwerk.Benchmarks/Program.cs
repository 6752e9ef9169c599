using Netwerk.Benchmarks;
using Netwerk.Benchmarks.Measurement;
using Netwerk.Benchmarks.Scenarios;

// The benchmark starts this program a second time as the plain YARP proxy it compares the gateway with.
if (args is [PlainProxy.Command, var upstream])
{
    await PlainProxy.RunAsync(upstream);
    return 0;
}

// `./netwerk bench [--scenario rush,search,partners] [--report FILE]`: see BenchmarkCommand. A run of every scenario
// writes BENCHMARKS.md at the repository root; a partial run writes a report only when --report names one.
var report = new ReportWriter(Console.Out);
var status = await BenchmarkCommand.RunAsync(args, report);
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--")).ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
var path = options.TryGetValue("report", out var named) ? named : options.ContainsKey("scenario") ? null : Path.Combine(Netwerk.Benchmarks.Platform.RepositoryPaths.Root, "BENCHMARKS.md");
if (path is not null)
{
    await report.SaveAsync(path);
    Console.WriteLine($"Report written to {path}");
}
return status;
