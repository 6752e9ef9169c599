using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Netwerk.Messaging.Monitoring;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Messaging;

public static class MessagingHostingExtensions
{
    /// <summary>The connection string name the AppHost provides for the broker, in either infrastructure mode.</summary>
    public const string BrokerConnectionName = "messaging";

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
        // The service database takes every interceptor registered (ServiceDatabase): this one wakes the dispatcher when
        // a commit stored events.
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxWakeUpInterceptor>();
        var prefetch = builder.Configuration.GetValue("Messaging:PrefetchCount", 32);
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        builder.Services.AddHostedService<OutboxBacklog<TDbContext>>();
        builder.Services.AddSingleton(new BrokerAddress(new Uri(brokerUri)));
        builder.Services.AddSingleton<ReceiveEndpoints>();
        builder.Services.AddHostedService<ErrorQueueGauge>();
        builder.Services.AddSingleton(services => new Redelivery.ErrorQueues(serviceName, services.GetRequiredService<ReceiveEndpoints>(),
            services.GetRequiredService<BrokerAddress>()));
        // What shared endpoints (redelivery) write their audit entries to: this service's own database.
        builder.Services.AddScoped<DbContext>(services => services.GetRequiredService<TDbContext>());
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
