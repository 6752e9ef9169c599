using Netwerk.Benchmarks;

// `./netwerk bench [--members N] [--seats N] [--connections N] [--runs N]`: see BenchmarkCommand.
return await BenchmarkCommand.RunAsync(args, Console.Out);
