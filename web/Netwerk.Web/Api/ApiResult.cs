namespace Netwerk.Web.Api;

/// <summary>What a page got from the API: the value, or why not, so that the page says it in Dutch where the value
/// would have been and renders the rest. <c>ETag</c> is the answer's, for a later change with If-Match.</summary>
public sealed record ApiResult<T>(T? Value, ApiFailure? Failure, string? ETag = null)
{
    public bool Succeeded => Failure is null;

    public static ApiResult<T> Ok(T value, string? etag = null) => new(value, null, etag);

    public static ApiResult<T> Failed(ApiFailure failure) => new(default, failure);
}

/// <summary>An answer without a body worth reading (204, 202).</summary>
public sealed record ApiDone;
