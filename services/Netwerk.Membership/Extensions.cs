using Netwerk.Membership.Account;
using Netwerk.Membership.Audit;
using Netwerk.Membership.Data;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Privacy;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership;

internal static class Extensions
{
    public static void AddMembershipServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembershipDbContext>("membershipdb");
        builder.AddNetwerkRedis();
        builder.AddServiceMessaging<MembershipDbContext>("membership", bus => bus.AddConsumer<AuditEntryRecorder>());
        builder.Services.AddOptions<AuditOptions>().BindConfiguration("Audit");
        builder.Services.AddSingleton<AuditRetention>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AuditRetention>());
        builder.Services.AddServiceOpenApi();
        builder.AddMembershipIdentity();
        builder.AddAccountPages();
        builder.Services.AddScoped<PersonalDataExport>();
        // Strict where passwords are guessed and accounts created (API.md); counted in Redis across replicas.
        builder.AddRedisRateLimit(RateLimits.Registration, permitLimit: 5, window: TimeSpan.FromMinutes(10));
        builder.AddRedisRateLimit(RateLimits.Login, permitLimit: 20, window: TimeSpan.FromMinutes(1));
        builder.AddRedisRateLimit(RateLimits.FailedPasswords, permitLimit: 5, window: TimeSpan.FromMinutes(15));
        builder.AddRedisRateLimit(RateLimits.Tokens, permitLimit: 30, window: TimeSpan.FromMinutes(1));
        builder.AddRedisRateLimit(RateLimits.AccountMail, permitLimit: 5, window: TimeSpan.FromMinutes(10));
    }
}
