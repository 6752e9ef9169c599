using Netwerk.Discussions.Threads;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Moderation;

/// <summary>`POST /api/discussions/{id}/status`: a need's next step and its public note.</summary>
public sealed record StatusInput(string? Status, string? Note)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        errors.Require(Status is not null && NeedStatus.All.Contains(Status), "status", $"One of: {string.Join(", ", NeedStatus.All)}.");
        errors.Require(Note?.Trim() is { Length: >= 1 and <= ModerationConfiguration.NoteLength }, "note",
            $"Required (the network reads why), at most {ModerationConfiguration.NoteLength} characters.");
        return errors;
    }
}

/// <summary>`POST /api/discussions/{id}/merge`: the original this duplicate closes into.</summary>
public sealed record MergeInput(Guid? IntoId);

/// <summary>`POST …/report`: why the member reports it.</summary>
public sealed record ReportInput(string? Reason)
{
    public FieldErrors Check() => new FieldErrors().Require(Reason?.Trim() is { Length: >= 3 and <= ModerationConfiguration.ReasonLength }, "reason",
        $"Required, 3 to {ModerationConfiguration.ReasonLength} characters.");
}
