using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Netwerk.Web.SignIn;
using Polly;

namespace Netwerk.Web.Api;

internal static class GatewayApiSetup
{
    // RemoveAllResilienceHandlers is marked for evaluation; it is the one way to replace the handler the service
    // defaults give every client.
#pragma warning disable EXTEXP0001
    public static void AddGatewayApi(this IHostApplicationBuilder builder)
    {
        var gateway = MemberSignIn.GatewayAddress(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<VisitorForwarding>();
        builder.Services.AddTransient<RateLimitRefusal>();
        builder.Services.AddTransient<SessionRefusal>();
        // The pages set their own patience per call (GatewayApi); the defaults' 10-second attempt would cut an upload
        // short, and a retried POST could register a member twice, so only safe methods are retried.
        foreach (var name in new[] { GatewayApiNames.Gateway, GatewayApiNames.SignIn })
        {
            builder.Services.AddHttpClient(name, client => client.BaseAddress = gateway)
                .RemoveAllResilienceHandlers()
                .AddHttpMessageHandler<VisitorForwarding>()
                .AddHttpMessageHandler<RateLimitRefusal>()
                .AddHttpMessageHandler<SessionRefusal>()
                .AddStandardResilienceHandler(options =>
                {
                    options.Retry.DisableForUnsafeHttpMethods();
                    options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
                    options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
                    options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
                    // A 429 is one visitor's limit, not a sick gateway: it neither opens the circuit (which would empty
                    // every member's pages) nor is tried again (which would only spend more of that visitor's limit).
                    options.Retry.ShouldHandle = args => FailedButNotLimited(args.Outcome);
                    options.CircuitBreaker.ShouldHandle = args => FailedButNotLimited(args.Outcome);
                });
        }
        // The live inbox is one answer that lasts as long as the page is open: no timeout, no retry.
        builder.Services.AddHttpClient(GatewayApiNames.Stream, client =>
            {
                client.BaseAddress = gateway;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllResilienceHandlers()
            .AddHttpMessageHandler<VisitorForwarding>()
            .AddHttpMessageHandler<RateLimitRefusal>()
            .AddHttpMessageHandler<SessionRefusal>();
        builder.Services.AddHybridCache();
        builder.Services.AddScoped<GatewayApi>();
        // Each feature's part of the API, over GatewayApi: the pages call these, never a path of the API themselves.
        builder.Services.AddScoped<Documents.DocumentsApi>();
        builder.Services.AddScoped<Discussions.DiscussionsApi>();
        builder.Services.AddScoped<Conversations.ConversationsApi>();
        builder.Services.AddScoped<Events.EventsApi>();
        builder.Services.AddScoped<Groups.GroupsApi>();
        builder.Services.AddScoped<Inbox.InboxApi>();
        builder.Services.AddScoped<Members.MembersApi>();
        builder.Services.AddScoped<Profile.ProfileApi>();
        builder.Services.AddScoped<SignUp.SignUpApi>();
        builder.Services.AddScoped<Admin.Registrations.RegistrationsApi>();
        builder.Services.AddScoped<Admin.Roles.RolesApi>();
        builder.Services.AddScoped<Admin.Webhooks.WebhooksApi>();
        builder.Services.AddScoped<Admin.Messages.FailedMessagesApi>();
        builder.Services.AddScoped<Admin.AuditLog.AuditLogApi>();
    }
#pragma warning restore EXTEXP0001

    private static ValueTask<bool> FailedButNotLimited(Outcome<HttpResponseMessage> outcome) =>
        ValueTask.FromResult(outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(outcome));
}
