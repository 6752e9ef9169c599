namespace Netwerk.Web.Api;

/// <summary>What a page got from the API: the value, or why not, so that the page says it in Dutch where the value
/// would have been and renders the rest.</summary>
public sealed record ApiResult<T>(T? Value, ApiFailure? Failure)
{
    public bool Succeeded => Failure is null;

    public static ApiResult<T> Ok(T value) => new(value, null);

    public static ApiResult<T> Failed(ApiFailure failure) => new(default, failure);
}

/// <summary>Why the API gave no value: the service is down or slow, the thing is not there (or not for this member),
/// or it refused with problem details.</summary>
public sealed record ApiFailure(int Status, string? Title, string? Detail)
{
    public bool ServiceUnavailable => Status is 0 or 502 or 503 or 504;

    /// <summary>The Dutch sentence a page shows in place of what it could not load.</summary>
    public string Message(string what) => ServiceUnavailable
        ? $"{what} kunnen we op dit moment niet laden. Probeer het over een paar minuten opnieuw."
        : Status == 404 ? $"{what} vinden we niet." : $"{what} kunnen we niet laden (fout {Status}).";
}
