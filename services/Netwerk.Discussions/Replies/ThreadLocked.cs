using Microsoft.AspNetCore.Http.HttpResults;

namespace Netwerk.Discussions.Replies;

/// <summary>The answer to a reply (or a change of one) in a thread a moderator locked.</summary>
internal static class ThreadLocked
{
    public static ProblemHttpResult Answer() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This thread is locked.",
        detail: "A moderator closed it for replies.");
}
