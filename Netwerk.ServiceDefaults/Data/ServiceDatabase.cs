using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Netwerk.ServiceDefaults.ProblemDetails;
using Npgsql;

namespace Netwerk.ServiceDefaults.Data;

public static class ServiceDatabase
{
    /// <summary>The service's PostgreSQL database through EF Core: pooled, snake_case names, Aspire's health check
    /// and one that its migrations are applied, telemetry, the interceptors registered (the outbox's wake-up), a 400 for text the database cannot hold and
    /// a 409 for a change that lost a race with another request.</summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"Connection string '{connectionName}' is missing.");

        // Commands are traced only inside a traced operation (a request, a consumer, a publish): the outbox
        // dispatcher's polling every second would otherwise bury the traces people look for.
        // Made by the container, so that it is also disposed by it: a host that stops (a test's, a replica's) closes
        // its idle connections instead of leaving them to the server's limit.
        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString)
            .ConfigureTracing(tracing => tracing.ConfigureCommandFilter(_ => Activity.Current is not null))
            .Build());
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseServiceConventions(services.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(services.GetServices<IInterceptor>()));
        // Retries are off: the outbox and inbox open their own transactions, which a retrying strategy forbids;
        // the dispatcher and MassTransit retry at the level where a retry is safe.
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);
        builder.Services.AddSingleton<MigratedDatabaseCheck<TDbContext>>();
        builder.Services.AddHealthChecks().AddCheck<MigratedDatabaseCheck<TDbContext>>("migrations");
        builder.Services.AddExceptionHandler<UnstorableTextExceptionHandler>();
        builder.Services.AddExceptionHandler<ConcurrentChangeExceptionHandler>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
