using Netwerk.Membership.Data;
using Netwerk.Membership.Tests.Identity;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests;

/// <summary>Membership with the Development demo network seeded, on a database of its own.</summary>
public sealed class DemoNetworkFixture : IAsyncLifetime
{
    public ServiceFactory<MembershipDbContext> Service { get; private set; } = null!;
    public string Database { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Database = servers.Postgres.NewDatabase("membership_demo");
        Service = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = Database,
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
            ["Seed:DemoData"] = "true",
        });
        Service.CreateClient().Dispose();
    }

    public Task<HttpClient> SignInAsync(string email, string password) => TokenClient.SignedInAsync(Service.CreateClient, email, password);

    public Task<HttpClient> DemoMemberAsync(string name) => SignInAsync($"{name}@demo.netwerk.example", "Netwerk-demo-2026");

    public Task<HttpClient> AdminAsync() => SignInAsync(TokenClient.AdminEmail, TokenClient.AdminPassword);

    public Task DisposeAsync() => Service.DisposeAsync().AsTask();
}
