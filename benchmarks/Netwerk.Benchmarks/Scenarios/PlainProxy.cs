namespace Netwerk.Benchmarks.Scenarios;

/// <summary>The gateway overhead scenario's fourth way: YARP's forwarder and nothing else, in a process of its own
/// (this program, started with <see cref="Command"/>). No token check, rate limit, telemetry, logging, routes or
/// middleware, and the slim host: what a .NET reverse proxy costs on this machine before it does any of the
/// gateway's work. Beside nginx in the same run, it tells the price of the .NET hop itself apart from the price of
/// what the gateway adds to it.</summary>
internal static class PlainProxy
{
    public const string Command = "plain-proxy";

    /// <summary>Forwards every request to <paramref name="upstream"/> on the address in ASPNETCORE_URLS until stopped.</summary>
    public static async Task RunAsync(string upstream)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        var app = builder.Build();
        app.MapForwarder("/{**path}", upstream);
        await app.RunAsync();
    }
}
