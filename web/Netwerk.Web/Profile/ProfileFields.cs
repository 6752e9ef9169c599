namespace Netwerk.Web.Profile;

/// <summary>The profile fields a member fills in when signing up and changes later on the profile page, with what
/// each needs in Dutch for the API's field errors (the API names them as in its JSON: `organisation.brin`).</summary>
public class ProfileFields
{
    public string? DisplayName { get; set; }
    public string? OrganisationName { get; set; }
    public string? Brin { get; set; }
    public string? JobTitle { get; set; }
    public string? Sector { get; set; }
    public string? Region { get; set; }
    public bool ConsentDirectory { get; set; }
    public bool ConsentPartners { get; set; }

    protected object Organisation => new { name = OrganisationName ?? "", brin = string.IsNullOrWhiteSpace(Brin) ? null : Brin };

    protected object Consents => new { directory = ConsentDirectory, partners = ConsentPartners };

    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["displayName"] = "Vul je naam in (2 tot 100 tekens).",
        ["organisation.name"] = "Vul de naam van je school of bestuur in (2 tot 200 tekens).",
        ["organisation.brin"] = "Een BRIN-nummer is twee cijfers en twee letters, eventueel gevolgd door twee cijfers (12AB of 12AB03).",
        ["jobTitle"] = "Vul je functie in (2 tot 100 tekens).",
        ["sector"] = "Kies de sector van je school.",
        ["region"] = "De regio is ten hoogste 100 tekens.",
    };
}
