namespace Netwerk.Web.Profile;

/// <summary>What the profile form posts; <c>ETag</c> is the profile's as the form showed it, so that a change made
/// meanwhile elsewhere is not overwritten (If-Match, 412).</summary>
public sealed class ProfileInput : ProfileFields
{
    public string? ETag { get; set; }

    public static ProfileInput From(OwnProfile profile, string? etag) => new()
    {
        ETag = etag,
        DisplayName = profile.DisplayName,
        OrganisationName = profile.Organisation.Name,
        Brin = profile.Organisation.Brin,
        JobTitle = profile.JobTitle,
        Sector = profile.Sector,
        Region = profile.Region,
        ConsentDirectory = profile.Consents.Directory,
        ConsentPartners = profile.Consents.Partners,
    };

    /// <summary>The PATCH body: every field the form has (an empty region clears it).</summary>
    public object ToChange() => new
    {
        displayName = DisplayName ?? "",
        organisation = Organisation,
        jobTitle = JobTitle ?? "",
        sector = Sector ?? "",
        region = Region ?? "",
        consents = Consents,
    };
}
