using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Netwerk.Messaging.Data;
using Netwerk.Messaging.Outbox;
using Npgsql;

namespace Netwerk.Messaging;

public static class MessagingHostingExtensions
{
    /// <summary>Connection string names the AppHost provides, in either infrastructure mode.</summary>
    public const string BrokerConnectionName = "messaging";

    /// <summary>The service's PostgreSQL database through EF Core: pooled, snake_case names, Aspire's health check
    /// and telemetry, the outbox wake-up interceptor, and a 400 for text the database cannot hold.</summary>
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
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxWakeUpInterceptor>();
        builder.Services.AddDbContextPool<TDbContext>((services, options) => options
            .UseServiceConventions(services.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(services.GetRequiredService<OutboxWakeUpInterceptor>()));
        // Retries are off: the outbox and inbox open their own transactions, which a retrying strategy forbids;
        // the dispatcher and MassTransit retry at the level where a retry is safe.
        builder.EnrichNpgsqlDbContext<TDbContext>(settings => settings.DisableRetry = true);
        builder.Services.AddExceptionHandler<UnstorableTextExceptionHandler>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>MassTransit over RabbitMQ with the outbox dispatcher for <typeparamref name="TDbContext"/>.
    /// Every consumer retries, then its message moves to the `_error` queue: nothing is acknowledged and lost.</summary>
    public static IHostApplicationBuilder AddServiceMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : DbContext
    {
        var brokerUri = builder.Configuration.GetConnectionString(BrokerConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{BrokerConnectionName}' is missing.");

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        var prefetch = builder.Configuration.GetValue("Messaging:PrefetchCount", 32);
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named after the service, so replicas of one service compete for its messages while
            // every service gets its own copy.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(retry => retry.Intervals(100, 500, 2_000, 5_000, 10_000)));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(brokerUri));
                // Messages a consumer works on at once. MassTransit's default follows the core count (4 here); every
                // message ends in a commit that waits for the disk, so few at a time capped a consumer at ~50
                // messages/s. More at once share those waits (PostgreSQL's group commit).
                rabbit.PrefetchCount = prefetch;
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
