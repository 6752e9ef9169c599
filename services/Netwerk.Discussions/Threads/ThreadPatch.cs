using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.Discussions.Threads;

/// <summary>`PATCH /api/discussions/{id}`: the fields given change, the others stay (an empty theme clears it).</summary>
public sealed record ThreadPatch(string? Title, string? Body, IReadOnlyList<string?>? Tags, string? Theme, IReadOnlyList<Guid>? DocumentIds = null,
    IReadOnlyList<Guid>? EventIds = null)
{
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        if (Title is not null) ThreadFields.CheckTitle(Title, errors);
        if (Body is not null) ThreadFields.CheckBody(Body, errors);
        if (Tags is not null) ThreadFields.CheckTags(ThreadFields.CleanTags(Tags), errors);
        ThreadFields.CheckTheme(Theme, errors);
        errors.Require(Title is not null || Body is not null || Tags is not null || Theme is not null || DocumentIds is not null || EventIds is not null,
            "body", "Nothing to change: give a title, body, tags, theme, documentIds or eventIds.");
        return errors;
    }
}
