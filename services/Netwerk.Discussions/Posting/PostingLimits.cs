using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.ServiceDefaults.RateLimiting;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Posting;

/// <summary>Whether a member may post now: every member within <see cref="RateLimits.Posts"/>, a member approved less
/// than a day ago also within the new members' day limits. Kept in Redis per member, so every replica counts the same
/// posts and posts sent at once each count. Private messages count apart from posts.</summary>
internal sealed class PostingLimits(RedisRateLimiter limiter, DiscussionsDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan NewMemberPeriod = TimeSpan.FromDays(1);

    public Task<TimeSpan?> StartThreadAsync(Participant participant, CancellationToken cancellationToken) =>
        CheckAsync(participant, RateLimits.NewMemberThreads, cancellationToken);

    public Task<TimeSpan?> ReplyAsync(Participant participant, CancellationToken cancellationToken) =>
        CheckAsync(participant, RateLimits.NewMemberReplies, cancellationToken);

    /// <summary>Starting a conversation: within its own, stricter limit (<see cref="RateLimits.Conversations"/>).</summary>
    public async Task<TimeSpan?> StartConversationAsync(Participant participant, CancellationToken cancellationToken) =>
        await limiter.RetryAfterAsync(RateLimits.Conversations, Partition(participant)) ?? await WriteMessageAsync(participant, cancellationToken);

    public Task<TimeSpan?> WriteMessageAsync(Participant participant, CancellationToken cancellationToken) =>
        limiter.RetryAfterAsync(RateLimits.Messages, Partition(participant));

    private static string Partition(Participant participant) => $"member:{participant.MemberId:N}";

    private async Task<TimeSpan?> CheckAsync(Participant participant, string newMemberLimit, CancellationToken cancellationToken)
    {
        var partition = Partition(participant);
        if (await limiter.RetryAfterAsync(RateLimits.Posts, partition) is { } wait) return wait;
        var since = clock.Now() - NewMemberPeriod;
        var isNew = await db.Approvals.AnyAsync(a => a.MemberId == participant.MemberId && a.ApprovedAt > since, cancellationToken);
        return isNew ? await limiter.RetryAfterAsync(newMemberLimit, partition) : null;
    }
}
