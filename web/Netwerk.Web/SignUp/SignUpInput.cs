using Netwerk.Web.Profile;

namespace Netwerk.Web.SignUp;

/// <summary>What the sign-up form posts; the API checks it (`POST /api/members/registrations`).</summary>
public sealed class SignUpInput : ProfileFields
{
    public string? Email { get; set; }
    public string? Password { get; set; }

    public object ToRequest() => new
    {
        email = Email?.Trim(),
        password = Password,
        displayName = DisplayName,
        organisation = Organisation,
        jobTitle = JobTitle,
        sector = Sector,
        region = string.IsNullOrWhiteSpace(Region) ? null : Region,
        consents = Consents,
    };

    /// <summary>The profile's field messages and the two only signing up has.</summary>
    public static new readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(ProfileFields.Messages, StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = "Vul een geldig e-mailadres in, zoals naam@school.nl.",
        ["password"] = "Kies een wachtwoord van 10 tot 128 tekens, met letters en ten minste één cijfer of ander teken, dat niet makkelijk te raden is: geen bekend woord met cijfers erachter, geen rij van het toetsenbord, niet je naam of e-mailadres.",
    };
}
