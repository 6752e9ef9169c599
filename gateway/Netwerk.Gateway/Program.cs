using Netwerk.Gateway;
using Netwerk.Gateway.Auth;
using Netwerk.Gateway.Correlation;
using Netwerk.Gateway.Documentation;
using Netwerk.Gateway.Forwarding;
using Netwerk.Gateway.Health;
using Netwerk.Gateway.Routing;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseMiddleware<TrustedFrontEnds>();
app.UseSecurityHeaders();
app.UseMiddleware<CorrelationIdMiddleware>();
app.UseNetwerkProblemDetails();
app.UseCors();
app.UseMiddleware<BearerTokenCheck>();
app.UseMiddleware<RequestTargetLimit>();
app.UseMiddleware<RequestBodyLimit>();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapReadiness();
app.MapApiReference();
app.MapReverseProxy(proxy => proxy.UseMiddleware<ProxyErrorProblemDetails>());
app.MapUnknownRoutes();

app.Run();
