using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.Membership.Identity;
using Netwerk.Membership.Data;
using Netwerk.Messaging;

namespace Netwerk.Membership;

internal static class Extensions
{
    public static void AddMembershipServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MembershipDbContext>("membershipdb");
        builder.AddRedisClient("redis");
        builder.AddServiceMessaging<MembershipDbContext>("membership");
        builder.Services.AddServiceOpenApi();
        builder.AddMembershipIdentity();
    }
}
