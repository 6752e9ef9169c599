using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Netwerk.AppHost;
using Netwerk.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// The administrator and the demo partner come from these; Development has documented defaults, elsewhere every one
// must be given or the platform does not start.
var development = builder.Environment.IsDevelopment();
var parameters = new PlatformParameters(builder);
var adminEmail = parameters.Add("admin-email", "beheer@netwerk.example");
var adminPassword = parameters.Add("admin-password", "Netwerk-beheer-2026", secret: true);
var partnerSecret = parameters.Add("partner-demo-secret", "partner-demo-geheim-2026", secret: true);
// The web app's client secret at membership (`netwerk-web-app`, a confidential client of the code flow).
var webAppSecret = parameters.Add("web-app-secret", "netwerk-web-app-geheim-2026", secret: true);
// The web app's key at the gateway: with it, the web app's API calls count as its visitors' (each their own client at
// the rate limits) instead of as one client for the whole network.
var webAppGatewayKey = parameters.Add("web-app-gateway-key", "netwerk-web-app-sleutel-2026", secret: true);
// What Development makes up on the spot and production must keep: the token signing and encryption certificates
// (PKCS #12, base64) and the key that signs the unsubscribe links in e-mail.
var signingCertificate = development ? null : parameters.Add("identity-signing-certificate", null, secret: true);
var encryptionCertificate = development ? null : parameters.Add("identity-encryption-certificate", null, secret: true);
var unsubscribeKey = development ? null : parameters.Add("email-unsubscribe-key", null, secret: true);
parameters.RefuseMissing();

var infrastructure = PlatformInfrastructure.Add(builder);

// The services that consume events start first (healthy: database and broker reached, queues declared): their
// queues must exist before membership publishes the three ambitions and the demo network on its first start, or
// those messages would reach nobody.
var documents = builder.AddProject<Projects.Netwerk_Documents>("documents")
    .WithDatabase(infrastructure, "documentsdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure)
    // Document bytes beside the servers' data, so one `.state/` holds the whole platform's state.
    .WithEnvironment("BlobStorage__Folder", Path.Combine(StateDirectory.Resolve(builder), "blobs"));

var events = builder.AddProject<Projects.Netwerk_Events>("events")
    .WithDatabase(infrastructure, "eventsdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure);

var discussions = builder.AddProject<Projects.Netwerk_Discussions>("discussions")
    .WithDatabase(infrastructure, "discussionsdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure);

var notifications = builder.AddProject<Projects.Netwerk_Notifications>("notifications")
    .WithDatabase(infrastructure, "notificationsdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure);
if (development)
{
    // EVENTS.md: in Development a partner (or a test) may receive webhooks on its own machine, over plain http.
    notifications.WithEnvironment("Webhooks__Targets__AllowLoopback", "true")
        .WithEnvironment("Webhooks__Targets__RequireHttps", "false");
}

var membership = builder.AddProject<Projects.Netwerk_Membership>("membership")
    .WithDatabase(infrastructure, "membershipdb")
    .WithMessaging(infrastructure)
    .WithRedis(infrastructure)
    .WithEnvironment("Seed__AdminEmail", adminEmail)
    .WithEnvironment("Seed__AdminPassword", adminPassword)
    .WithEnvironment("Seed__PartnerDemoSecret", partnerSecret)
    .WithEnvironment("Identity__Clients__netwerk-web-app__Secret", webAppSecret)
    .WaitFor(documents)
    .WaitFor(events)
    .WaitFor(discussions)
    .WaitFor(notifications);
// Notifications mails notices and digests; membership its own account mail (links to confirm or reset). In
// Development both go to the local sink.
if (development) MailSink.AddFor(builder, notifications, membership);
if (signingCertificate is not null && encryptionCertificate is not null && unsubscribeKey is not null)
{
    membership.WithEnvironment("Identity__SigningCertificate", signingCertificate)
        .WithEnvironment("Identity__EncryptionCertificate", encryptionCertificate);
    notifications.WithEnvironment("Email__UnsubscribeKey", unsubscribeKey);
}

// The members' web app, behind the gateway at its root; it calls the public API through the gateway only.
var web = builder.AddProject<Projects.Netwerk_Web>("web")
    .WithRedis(infrastructure)
    .WithEnvironment("Identity__ClientSecret", webAppSecret)
    .WithEnvironment("Gateway__FrontEndKey", webAppGatewayKey);

var gateway = builder.AddProject<Projects.Netwerk_Gateway>("gateway")
    .WithEndpoint("http", endpoint =>
    {
        endpoint.Port = builder.Configuration.GetValue("Netwerk:GatewayPort", 5080);
        // The gateway listens on the port itself, without the orchestrator's proxy in front: behind that proxy every
        // client came from one address, so the limits per client address (the gateway's, and registration's and
        // sign-in's in membership, which read the address the gateway saw) were one limit for everybody.
        endpoint.IsProxied = false;
    })
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithRedis(infrastructure)
    .WithEnvironment("Gateway__FrontEnds__web__Key", webAppGatewayKey)
    // The gateway starts without waiting: while a service is down it answers 503 problem details and says so in
    // /health/ready, which is what clients and operators should see.
    .WithReference(membership)
    .WithReference(documents)
    .WithReference(events)
    .WithReference(discussions)
    .WithReference(notifications)
    .WithReference(web);

// Tokens name the gateway's address as their issuer: it is the one address clients know. The other services
// validate tokens with membership's signing keys, which they fetch from membership through service discovery.
var issuer = ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/");
membership.WithEnvironment("Identity__Issuer", issuer);
web.WithEnvironment("Gateway__Address", issuer);
gateway.WithEnvironment("Identity__Issuer", issuer);
foreach (var service in new[] { documents, events, discussions, notifications })
{
    service.WithEnvironment("Identity__Issuer", issuer).WithReference(membership);
}

// One upload limit for the three that must agree on it (the gateway refuses above it, documents below it never cuts a
// connection, the web app says it at the field): `Uploads:MaximumFileBytes` of the AppHost, else their shared default.
if (builder.Configuration["Uploads:MaximumFileBytes"] is { Length: > 0 } uploadLimit)
{
    foreach (var process in new IResourceBuilder<ProjectResource>[] { gateway, documents, web })
    {
        process.WithEnvironment("Uploads__MaximumFileBytes", uploadLimit);
    }
}

if (!development)
{
    // The projects' launch profiles say Development; outside it they run in the AppHost's environment (no demo data,
    // secure cookies, HSTS), and each service's migrations are a step before it.
    foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
    {
        builder.CreateResourceBuilder(project)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);
    }
    MigrationSteps.AddFor<Projects.Netwerk_Documents>(builder, documents);
    MigrationSteps.AddFor<Projects.Netwerk_Events>(builder, events);
    MigrationSteps.AddFor<Projects.Netwerk_Discussions>(builder, discussions);
    MigrationSteps.AddFor<Projects.Netwerk_Notifications>(builder, notifications);
    MigrationSteps.AddFor<Projects.Netwerk_Membership>(builder, membership);
}

builder.Build().Run();
