using Netwerk.Testing;

namespace Netwerk.Benchmarks.Platform;

/// <summary>Serves the benchmark's token issuer's public keys over HTTP, where the services and the gateway fetch them
/// as they fetch membership's: so every benchmark request is validated for real without creating thousands of
/// members (and hashing their passwords) first.</summary>
internal sealed class KeySetServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KeySetServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<KeySetServer> StartAsync(TestTokenIssuer issuer, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/.well-known/jwks", () => Results.Text(issuer.KeySet, "application/json"));
        await app.StartAsync();
        return new KeySetServer(app, new Uri($"http://127.0.0.1:{port}/.well-known/jwks"));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
