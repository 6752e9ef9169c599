using Netwerk.Discussions.Data;
using Netwerk.Discussions.Groups;
using Netwerk.Discussions.Members;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.OpenApi;

namespace Netwerk.Discussions;

internal static class Extensions
{
    public static void AddDiscussionsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DiscussionsDbContext>("discussionsdb");
        builder.AddNetwerkRedis();
        builder.AddServiceMessaging<DiscussionsDbContext>("discussions", bus =>
        {
            bus.AddConsumer<GroupCreatedCopier>();
            bus.AddConsumer<GroupMemberJoinedCopier>();
            bus.AddConsumer<GroupMemberLeftCopier>();
            bus.AddConsumer<MemberApprovedCopier>();
            bus.AddConsumer<MemberProfileUpdatedCopier>();
        });
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
    }
}
