using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Events.Data;
using Netwerk.Testing;
using Npgsql;

namespace Netwerk.Platform.Tests.Data;

/// <summary>A version started before its migration step (production does not migrate at start-up) is alive but not
/// ready, so nothing is routed to it; once the step has run it is ready without a restart.</summary>
public sealed class UnmigratedDatabaseTests
{
    [Fact]
    public async Task A_service_on_an_unmigrated_database_is_alive_not_ready_until_the_migrations_are_applied()
    {
        var servers = await TestServers.SharedAsync();
        var database = servers.Postgres.NewDatabase("unmigrated");
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        await PostgresInstance.ExecuteAsync(new NpgsqlConnectionStringBuilder(database) { Database = "postgres" }.ConnectionString,
            $"CREATE DATABASE \"{name}\"");
        await using var events = new ServiceFactory<EventsDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventsdb"] = database,
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
            ["Database:MigrateAtStartup"] = "false",
        });
        var client = events.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        using var notReady = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);

        await using (var scope = events.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Database.MigrateAsync();
        }
        var ready = await Eventually.ReturnsAsync(() => client.GetAsync("/health"), response => response.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
