using Netwerk.Membership.Data;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests;

/// <summary>The membership service on a database of its own, against the run's real servers.</summary>
public sealed class MembershipFixture : IAsyncLifetime
{
    public ServiceFactory<MembershipDbContext> Service { get; private set; } = null!;
    public string DatabaseConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        DatabaseConnectionString = servers.Postgres.NewDatabase("membership");
        Service = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = DatabaseConnectionString,
            ["ConnectionStrings:messaging"] = servers.Broker.ConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        });
        // Starting the host runs the migrations, so tests may query the database from their first line.
        Service.CreateClient().Dispose();
    }

    public Task DisposeAsync() => Service.DisposeAsync().AsTask();
}
