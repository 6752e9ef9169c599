using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Threads;

/// <summary>`POST /api/discussions`.</summary>
public sealed record ThreadInput(string? Kind, string? Title, string? Body, IReadOnlyList<string?>? Tags, string? Theme, Guid? GroupId,
    IReadOnlyList<Guid>? DocumentIds = null, IReadOnlyList<Guid>? EventIds = null)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        errors.Require(Kind is not null && ThreadKind.All.Contains(Kind), "kind", $"One of: {string.Join(", ", ThreadKind.All)}.");
        ThreadFields.CheckTitle(Title, errors);
        ThreadFields.CheckBody(Body, errors);
        ThreadFields.CheckTags(ThreadFields.CleanTags(Tags), errors);
        ThreadFields.CheckTheme(Theme, errors);
        return errors;
    }
}
