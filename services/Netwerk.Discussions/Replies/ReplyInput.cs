using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Replies;

/// <summary>`POST /api/discussions/{id}/replies` (with <see cref="ReplyToId"/>, an answer to another reply) and a
/// reply's `PATCH`.</summary>
public sealed record ReplyInput(string? Body, Guid? ReplyToId = null)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        ThreadFields.CheckBody(Body, errors);
        return errors;
    }
}
