using Netwerk.Discussions.Data;
using Netwerk.Discussions.Groups;
using Netwerk.Discussions.Links;
using Netwerk.Discussions.Members;
using Netwerk.Messaging;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Data;
using Netwerk.ServiceDefaults.OpenApi;
using Netwerk.ServiceDefaults.RateLimiting;

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
            bus.AddConsumer<DocumentPublishedCopier>();
            bus.AddConsumer<DocumentUpdatedCopier>();
            bus.AddConsumer<DocumentDeletedCopier>();
            bus.AddConsumer<EventScheduledCopier>();
            bus.AddConsumer<EventUpdatedCopier>();
            bus.AddConsumer<EventCancelledCopier>();
            bus.AddConsumer<MemberProfileUpdatedCopier>();
            bus.AddConsumer<Privacy.MemberErasure>();
            bus.AddConsumer<Privacy.PersonalDataExporter>();
        });
        builder.AddRedisRateLimit(Posting.RateLimits.Posts, permitLimit: 30, window: TimeSpan.FromMinutes(10));
        builder.AddRedisRateLimit(Posting.RateLimits.NewMemberThreads, permitLimit: 3, window: Posting.PostingLimits.NewMemberPeriod);
        builder.AddRedisRateLimit(Posting.RateLimits.NewMemberReplies, permitLimit: 10, window: Posting.PostingLimits.NewMemberPeriod);
        builder.AddRedisRateLimit(Posting.RateLimits.Reports, permitLimit: 20, window: TimeSpan.FromHours(1));
        builder.AddRedisRateLimit(Posting.RateLimits.Conversations, permitLimit: 10, window: TimeSpan.FromDays(1));
        builder.AddRedisRateLimit(Posting.RateLimits.Messages, permitLimit: 60, window: TimeSpan.FromHours(1));
        builder.Services.AddScoped<Posting.PostingLimits>();
        if (builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Seed:DemoData", true))
        {
            builder.Services.AddHostedService<Demo.DemoDiscussionsSeeder>();
        }
        builder.Services.AddServiceOpenApi();
        builder.AddNetwerkTokenValidation();
    }
}
