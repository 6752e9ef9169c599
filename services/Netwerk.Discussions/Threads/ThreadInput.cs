using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Threads;

/// <summary>`POST /api/discussions`.</summary>
public sealed record ThreadInput(string? Kind, string? Title, string? Body, Guid? GroupId)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        errors.Require(Kind is not null && ThreadKind.All.Contains(Kind), "kind", $"One of: {string.Join(", ", ThreadKind.All)}.");
        errors.Require(Title?.Trim() is { Length: >= 5 and <= DiscussionThreadConfiguration.TitleLength }, "title",
            $"Required, 5 to {DiscussionThreadConfiguration.TitleLength} characters.");
        errors.Require(Body?.Trim() is { Length: >= 1 and <= DiscussionThreadConfiguration.BodyLength }, "body",
            $"Required, at most {DiscussionThreadConfiguration.BodyLength} characters.");
        return errors;
    }
}
