using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Replies;

/// <summary>`POST /api/discussions/{id}/replies`.</summary>
public sealed record ReplyInput(string? Body)
{
    public FieldErrors Check() => new FieldErrors().Require(Body?.Trim() is { Length: >= 1 and <= DiscussionThreadConfiguration.BodyLength }, "body",
        $"Required, at most {DiscussionThreadConfiguration.BodyLength} characters.");
}
