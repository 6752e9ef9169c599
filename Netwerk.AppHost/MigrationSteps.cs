using Microsoft.Extensions.Hosting;

namespace Netwerk.AppHost;

/// <summary>Outside Development each service's migrations are a step of their own: the service's project run with
/// `migrate` (it migrates and exits), with the service's own configuration, and the service waits for it to complete
/// successfully instead of migrating as it starts. A failed migration leaves its service unstarted, which the
/// dashboard shows on the step with its log.</summary>
internal static class MigrationSteps
{
    private static readonly string[] ServingVariables = ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "HTTP_PORTS", "HTTPS_PORTS"];

    /// <summary>Adds the step for <paramref name="service"/>; call it after the service is configured.</summary>
    public static void AddFor<TProject>(IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> service)
        where TProject : IProjectMetadata, new()
    {
        if (builder.Environment.IsDevelopment()) return; // Development migrates at start-up: one process fewer per service
        var migration = builder.AddProject<TProject>($"{service.Resource.Name}-migrations", options => options.ExcludeLaunchProfile = true)
            .WithArgs("migrate");
        // The service's whole environment (connection strings, secrets, the environment's name), evaluated when the
        // step starts, so nothing configured later in the AppHost is missed; but not the addresses it serves on, which
        // a step that serves nothing has not got.
        foreach (var environment in service.Resource.Annotations.OfType<EnvironmentCallbackAnnotation>().ToList())
        {
            migration.WithEnvironment(environment.Callback);
        }
        migration.WithEnvironment(context =>
        {
            foreach (var serving in ServingVariables) context.EnvironmentVariables.Remove(serving);
        });
        // The servers it needs, not the other services the service waits for.
        foreach (var wait in service.Resource.Annotations.OfType<WaitAnnotation>().Where(w => w.Resource is not ProjectResource).ToList())
        {
            migration.WaitFor(builder.CreateResourceBuilder(wait.Resource));
        }
        service.WithEnvironment("Database__MigrateAtStartup", "false").WaitForCompletion(migration);
    }
}
