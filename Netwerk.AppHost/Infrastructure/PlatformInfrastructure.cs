namespace Netwerk.AppHost.Infrastructure;

/// <summary>PostgreSQL, RabbitMQ and Redis for the services, in whichever mode this machine supports. Services
/// receive ordinary `ConnectionStrings__…` either way, so their code never knows the difference.</summary>
internal abstract class PlatformInfrastructure
{
    public static PlatformInfrastructure Add(IDistributedApplicationBuilder builder)
    {
        var mode = InfrastructureModeSelector.Select(builder.Configuration);
        Console.WriteLine($"Netwerk infrastructure: {mode}");
        return mode == InfrastructureMode.Containers
            ? new ContainerInfrastructure(builder)
            : new ExecutableInfrastructure(builder);
    }

    public abstract void AttachDatabase(IResourceBuilder<ProjectResource> project, string databaseName);
    public abstract void AttachMessaging(IResourceBuilder<ProjectResource> project);
    public abstract void AttachRedis(IResourceBuilder<ProjectResource> project);
}

internal static class PlatformInfrastructureExtensions
{
    public static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> project,
        PlatformInfrastructure infrastructure, string databaseName)
    {
        infrastructure.AttachDatabase(project, databaseName);
        // A service is healthy when it and its database and broker work; the dashboard shows it, and the
        // gateway's readiness asks the same endpoint.
        return project.WithHttpHealthCheck("/health");
    }

    public static IResourceBuilder<ProjectResource> WithMessaging(this IResourceBuilder<ProjectResource> project,
        PlatformInfrastructure infrastructure)
    {
        infrastructure.AttachMessaging(project);
        return project;
    }

    public static IResourceBuilder<ProjectResource> WithRedis(this IResourceBuilder<ProjectResource> project,
        PlatformInfrastructure infrastructure)
    {
        infrastructure.AttachRedis(project);
        return project;
    }
}
