using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.LocalServers;

namespace Netwerk.AppHost.Infrastructure;

/// <summary>Debian's PostgreSQL, RabbitMQ and Redis as Aspire executables, their data in the repository's ignored
/// state folder (`.state/`), on ports of their own so they never meet the machine's system services.</summary>
internal sealed class ExecutableInfrastructure : PlatformInfrastructure
{
    private readonly IResourceBuilder<ExecutableResource> _postgres;
    private readonly IResourceBuilder<ExecutableResource> _rabbitMq;
    private readonly IResourceBuilder<ExecutableResource> _redis;
    private readonly IDistributedApplicationBuilder _builder;
    private readonly IResourceBuilder<ParameterResource> _postgresPassword;
    private readonly IResourceBuilder<ConnectionStringResource> _messaging;
    private readonly IResourceBuilder<ConnectionStringResource> _redisConnection;
    private readonly int _postgresPort;

    public ExecutableInfrastructure(IDistributedApplicationBuilder builder)
    {
        if (!Binaries.AllPresent(out var missing))
        {
            throw new InvalidOperationException(
                $"Executables mode needs Debian's servers, but {string.Join(", ", missing)} is missing. " +
                "Run ./netwerk up (it installs them) or: apt-get install postgresql rabbitmq-server redis-server");
        }

        _builder = builder;
        var state = StateDirectory.Resolve(builder);
        var ports = builder.Configuration.GetSection("Netwerk:Ports");
        _postgresPort = ports.GetValue("Postgres", 55432);
        var rabbitMqPort = ports.GetValue("RabbitMq", 55672);
        var redisPort = ports.GetValue("Redis", 56379);
        var password = StoredSecret(Path.Combine(state, "postgres-password"));
        _postgresPassword = builder.AddParameter("postgres-password", password, secret: true);

        var postgres = PostgresServer.Prepare(Path.Combine(state, "postgres"), _postgresPort, password);
        var rabbitMq = RabbitMqServer.Prepare(Path.Combine(state, "rabbitmq"), rabbitMqPort,
            ports.GetValue("RabbitMqDistribution", 55673));
        var redis = RedisServer.Prepare(Path.Combine(state, "redis"), redisPort);

        var checks = builder.Services.AddHealthChecks();
        checks.AddNpgSql(PostgresServer.ConnectionString(_postgresPort, password, "postgres"), name: "postgres-accepts-sessions");
        checks.Add(new("rabbitmq-accepts-connections",
            _ => new AmqpHealthCheck(RabbitMqServer.ConnectionString(rabbitMqPort)), failureStatus: null, tags: null));
        checks.AddRedis(RedisServer.ConnectionString(redisPort), name: "redis-answers-ping");

        _postgres = AddServer(builder, postgres).WithHealthCheck("postgres-accepts-sessions");
        _rabbitMq = AddServer(builder, rabbitMq).WithHealthCheck("rabbitmq-accepts-connections");
        _redis = AddServer(builder, redis).WithHealthCheck("redis-answers-ping");

        // Connection strings as resources of their own, named as in containers mode, so the dashboard lists them
        // and tests ask for them the same way in both modes.
        _messaging = builder.AddConnectionString("messaging", ReferenceExpression.Create($"{RabbitMqServer.ConnectionString(rabbitMqPort)}"));
        _redisConnection = builder.AddConnectionString("redis", ReferenceExpression.Create($"{RedisServer.ConnectionString(redisPort)}"));
    }

    public override void AttachDatabase(IResourceBuilder<ProjectResource> project, string databaseName)
    {
        var server = $"Host=127.0.0.1;Port={_postgresPort};Username={PostgresServer.SuperUser}";
        var database = _builder.AddConnectionString(databaseName, ReferenceExpression.Create(
            $"{server};Password={_postgresPassword};Database={databaseName}"));
        project.WithReference(database).WaitFor(_postgres);
    }

    public override void AttachMessaging(IResourceBuilder<ProjectResource> project) =>
        project.WithReference(_messaging).WaitFor(_rabbitMq);

    public override void AttachRedis(IResourceBuilder<ProjectResource> project) =>
        project.WithReference(_redisConnection).WaitFor(_redis);

    private static IResourceBuilder<ExecutableResource> AddServer(IDistributedApplicationBuilder builder, ServerCommand command)
    {
        var resource = builder.AddExecutable($"{command.Name}-server", command.FileName, command.WorkingDirectory, [.. command.Arguments]);
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
