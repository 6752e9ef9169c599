using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using Netwerk.LocalServers;

namespace Netwerk.AppHost.Infrastructure;

/// <summary>Debian's PostgreSQL, RabbitMQ and Redis as Aspire executables, their data in the repository's ignored
/// state folder (`.state/`), on ports of their own so they never meet the machine's system services.</summary>
internal sealed class ExecutableInfrastructure : PlatformInfrastructure
{
    private readonly IResourceBuilder<ExecutableResource> _postgres;
    private readonly IResourceBuilder<ExecutableResource> _rabbitMq;
    private readonly IResourceBuilder<ExecutableResource> _redis;
    private readonly string _postgresPassword;
    private readonly int _postgresPort;
    private readonly int _rabbitMqPort;
    private readonly int _redisPort;

    public ExecutableInfrastructure(IDistributedApplicationBuilder builder)
    {
        if (!Binaries.AllPresent(out var missing))
        {
            throw new InvalidOperationException(
                $"Executables mode needs Debian's servers, but {string.Join(", ", missing)} is missing. " +
                "Run ./netwerk up (it installs them) or: apt-get install postgresql rabbitmq-server redis-server");
        }

        var state = StateDirectory.Resolve(builder);
        var ports = builder.Configuration.GetSection("Netwerk:Ports");
        _postgresPort = ports.GetValue("Postgres", 55432);
        _rabbitMqPort = ports.GetValue("RabbitMq", 55672);
        _redisPort = ports.GetValue("Redis", 56379);
        _postgresPassword = StoredSecret(Path.Combine(state, "postgres-password"));

        var postgres = PostgresServer.Prepare(Path.Combine(state, "postgres"), _postgresPort, _postgresPassword);
        var rabbitMq = RabbitMqServer.Prepare(Path.Combine(state, "rabbitmq"), _rabbitMqPort,
            ports.GetValue("RabbitMqDistribution", 55673));
        var redis = RedisServer.Prepare(Path.Combine(state, "redis"), _redisPort);

        var checks = builder.Services.AddHealthChecks();
        checks.AddNpgSql(PostgresServer.ConnectionString(_postgresPort, _postgresPassword, "postgres"), name: "postgres-accepts-sessions");
        checks.Add(new("rabbitmq-accepts-connections",
            _ => new AmqpHealthCheck(RabbitMqServer.ConnectionString(_rabbitMqPort)), failureStatus: null, tags: null));
        checks.AddRedis(RedisServer.ConnectionString(_redisPort), name: "redis-answers-ping");

        _postgres = AddServer(builder, postgres).WithHealthCheck("postgres-accepts-sessions");
        _rabbitMq = AddServer(builder, rabbitMq).WithHealthCheck("rabbitmq-accepts-connections");
        _redis = AddServer(builder, redis).WithHealthCheck("redis-answers-ping");
    }

    public override void AttachDatabase(IResourceBuilder<ProjectResource> project, string databaseName) =>
        project.WithEnvironment($"ConnectionStrings__{databaseName}",
                PostgresServer.ConnectionString(_postgresPort, _postgresPassword, databaseName))
            .WaitFor(_postgres);

    public override void AttachMessaging(IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("ConnectionStrings__messaging", RabbitMqServer.ConnectionString(_rabbitMqPort))
            .WaitFor(_rabbitMq);

    public override void AttachRedis(IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("ConnectionStrings__redis", RedisServer.ConnectionString(_redisPort))
            .WaitFor(_redis);

    private static IResourceBuilder<ExecutableResource> AddServer(IDistributedApplicationBuilder builder, ServerCommand command)
    {
        var resource = builder.AddExecutable(command.Name, command.FileName, command.WorkingDirectory, [.. command.Arguments]);
        foreach (var (name, value) in command.Environment)
        {
            resource.WithEnvironment(name, value);
        }
        return resource;
    }

    /// <summary>A random password made on first run and kept with the data it protects.</summary>
    private static string StoredSecret(string path)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        File.WriteAllText(path, secret);
        return secret;
    }
}
