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
}
