using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Netwerk.Discussions.Data;
using Netwerk.Discussions.Members;
using Netwerk.Messaging.Copies;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Discussions.Follows;

internal static class FollowsApi
{
    public static void MapFollowsApi(this IEndpointRouteBuilder routes)
    {
        var follow = routes.MapGroup("/api/discussions/{id:guid}/follow").WithTags("Discussions").RequireAuthorization(NetwerkPolicies.Member);
        follow.MapPut("", FollowAsync).WithName("FollowThread").WithSummary("Hear of the thread's new replies and accepted answer; again changes nothing.");
        follow.MapDelete("", UnfollowAsync).WithName("UnfollowThread").WithSummary("No longer hear of the thread (also as its author or a replier).");
    }

    private static async Task<Results<NoContent, NotFound>> FollowAsync(Guid id, ClaimsPrincipal user, DiscussionsDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        await db.KeepFirstAsync([new Follow { ThreadId = id, MemberId = participant.MemberId, Since = clock.Now() }], cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> UnfollowAsync(Guid id, ClaimsPrincipal user, DiscussionsDbContext db,
        CancellationToken cancellationToken)
    {
        var participant = Participant.From(user);
        if (!await participant.Visible(db).AnyAsync(t => t.Id == id, cancellationToken)) return TypedResults.NotFound();
        await db.Follows.Where(f => f.ThreadId == id && f.MemberId == participant.MemberId).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
