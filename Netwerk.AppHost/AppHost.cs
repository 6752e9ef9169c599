using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Netwerk.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// API.md: the administrator and the demo partner come from these; Development has documented defaults.
var development = builder.Environment.IsDevelopment();
var adminEmail = development ? builder.AddParameter("admin-email", "beheer@netwerk.example") : builder.AddParameter("admin-email");
var adminPassword = development
    ? builder.AddParameter("admin-password", "Netwerk-beheer-2026", secret: true)
    : builder.AddParameter("admin-password", secret: true);
var partnerSecret = development
    ? builder.AddParameter("partner-demo-secret", "partner-demo-geheim-2026", secret: true)
    : builder.AddParameter("partner-demo-secret", secret: true);

var infrastructure = PlatformInfrastructure.Add(builder);

var membership = builder.AddProject<Projects.Netwerk_Membership>("membership")
    .WithDatabase(infrastructure, "membershipdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure)
    .WithEnvironment("Seed__AdminEmail", adminEmail)
    .WithEnvironment("Seed__AdminPassword", adminPassword)
    .WithEnvironment("Seed__PartnerDemoSecret", partnerSecret);

var documents = builder.AddProject<Projects.Netwerk_Documents>("documents")
    .WithDatabase(infrastructure, "documentsdb")
    .WithMessaging(infrastructure);

var events = builder.AddProject<Projects.Netwerk_Events>("events")
    .WithDatabase(infrastructure, "eventsdb")
    .WithMessaging(infrastructure);

var notifications = builder.AddProject<Projects.Netwerk_Notifications>("notifications")
    .WithDatabase(infrastructure, "notificationsdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure);

builder.AddProject<Projects.Netwerk_Gateway>("gateway")
    .WithEndpoint("http", endpoint => endpoint.Port = builder.Configuration.GetValue("Netwerk:GatewayPort", 5080))
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    // The gateway starts without waiting: while a service is down it answers 503 problem details and says so in
    // /health/ready, which is what clients and operators should see.
    .WithReference(membership)
    .WithReference(documents)
    .WithReference(events)
    .WithReference(notifications);

builder.Build().Run();
