namespace Netwerk.AppHost.Infrastructure;

/// <summary>The usual Aspire containers, with data volumes so a restart keeps the network's data.</summary>
internal sealed class ContainerInfrastructure(IDistributedApplicationBuilder builder) : PlatformInfrastructure
{
    private readonly IResourceBuilder<PostgresServerResource> _postgres =
        builder.AddPostgres("postgres").WithDataVolume("netwerk-postgres");
    private readonly IResourceBuilder<RabbitMQServerResource> _rabbitMq =
        builder.AddRabbitMQ("messaging").WithDataVolume("netwerk-rabbitmq").WithManagementPlugin();
    private readonly IResourceBuilder<RedisResource> _redis = builder.AddRedis("redis");

    public override void AttachDatabase(IResourceBuilder<ProjectResource> project, string databaseName)
    {
        var database = _postgres.AddDatabase(databaseName);
        project.WithReference(database).WaitFor(database);
    }

    public override void AttachMessaging(IResourceBuilder<ProjectResource> project) =>
        project.WithReference(_rabbitMq).WaitFor(_rabbitMq);

    public override void AttachRedis(IResourceBuilder<ProjectResource> project) =>
        project.WithReference(_redis).WaitFor(_redis);
}
