namespace Netwerk.Documents.Uploads;

/// <summary>Why an upload cannot be read, as the status and words of a problem details answer.</summary>
internal sealed record UploadProblem(int Status, string Title, string? Detail = null)
{
    public IResult ToResult() => TypedResults.Problem(statusCode: Status, title: Title, detail: Detail);
}
