using Netwerk.Membership.Registrations;

namespace Netwerk.Membership.Demo;

/// <summary>A handful of (fictional) schools and boards and the people who represent them in the network.</summary>
internal static class DemoMembers
{
    public const string Password = "Netwerk-demo-2026";
    public const string EmailDomain = "demo.netwerk.example";

    public static readonly IReadOnlyList<(RegisterMemberRequest Registration, bool Approved)> All =
    [
        (Person("anne.devries", "Anne de Vries", "OBS De Linde", "12AB", "ICT-coördinator", "po", "Utrecht"), true),
        (Person("bram.jansen", "Bram Jansen", "CSG Het Noorderlicht", "34CD", "Informatiemanager", "vo", "Groningen"), true),
        (Person("chantal.bakker", "Chantal Bakker", "Stichting Primair Onderwijs Noord", null, "Bestuurssecretaris informatiebeleid", "po", "Friesland"), true),
        (Person("dirk.smit", "Dirk Smit", "Lyceum Aan de Maas", "56EF", "Functioneel beheerder leerlingadministratie", "vo", "Zuid-Holland"), true),
        (Person("els.visser", "Els Visser", "Kindcentrum De Regenboog", "78GH", "Intern begeleider en ICT", "po", "Noord-Brabant"), true),
        (Person("fatima.elamrani", "Fatima El Amrani", "Lyceum Aan de Maas", "56EF02", "Privacyfunctionaris", "vo", "Zuid-Holland"), true),
        (Person("gerrit.mulder", "Gerrit Mulder", "Scholengroep Oost", null, "Adviseur informatiemanagement", "po-vo", "Overijssel"), false),
        (Person("hanna.kok", "Hanna Kok", "OBS De Linde", "12AB", "Leerkracht en ICT-ambassadeur", "po", "Utrecht"), false),
    ];

    private static RegisterMemberRequest Person(string name, string displayName, string organisation, string? brin,
        string jobTitle, string sector, string region) =>
        new($"{name}@{EmailDomain}", Password, displayName, new OrganisationInput(organisation, brin), jobTitle, sector, region,
            new ConsentsInput(Directory: true, Partners: sector != "po-vo"));
}
