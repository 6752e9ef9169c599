namespace Netwerk.Web.Api;

/// <summary>Why the API gave no value: the service is down or slow, the thing is not there (or not for this member),
/// or it refused with problem details; <c>Errors</c> are a validation problem's messages per field.</summary>
public sealed record ApiFailure(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool ServiceUnavailable => Status is 0 or 502 or 503 or 504;

    public bool HasFieldErrors => Errors is { Count: > 0 };

    /// <summary>The Dutch sentence a page shows in place of what it could not load.</summary>
    public string Message(string what) => ServiceUnavailable
        ? $"{what} kunnen we op dit moment niet laden. Probeer het over een paar minuten opnieuw."
        : Status == 404 ? $"{what} vinden we niet."
        : Status == 403 ? $"{what} mag je niet zien."
        : $"{what} kunnen we niet laden (fout {Status}).";

    /// <summary>The Dutch sentence a form shows when the API refused what it sent, past its fields' own messages.</summary>
    public string ActionMessage(string what) => ServiceUnavailable
        ? $"{what} lukte niet: de dienst is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw."
        : Status switch
        {
            400 => $"{what} lukte niet: controleer de velden hieronder.",
            403 => $"{what} mag je niet doen.",
            404 => $"{what} lukte niet: het bestaat niet (meer).",
            409 => $"{what} lukte niet: het is intussen veranderd of het kan nu niet.",
            412 => $"{what} lukte niet: iemand anders veranderde het intussen. Bekijk de nieuwe gegevens en probeer het opnieuw.",
            413 => $"{what} lukte niet: het bestand is te groot.",
            415 => $"{what} lukte niet: dit soort bestand kunnen we niet opnemen.",
            429 => $"{what} lukte niet: te veel pogingen achter elkaar. Wacht even en probeer het opnieuw.",
            _ => $"{what} lukte niet (fout {Status}).",
        };
}
