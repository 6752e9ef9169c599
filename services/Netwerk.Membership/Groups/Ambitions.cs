namespace Netwerk.Membership.Groups;

/// <summary>The network's three ambitions, each a working group from the start (Dutch: members read them).</summary>
internal static class Ambitions
{
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        ("Informatiemanagement op de bestuurstafel",
            "Informatiemanagement als vast onderwerp van het bestuur: strategie, verantwoording en keuzes op basis van goede informatie."),
        ("Professionalisering",
            "Kennis en vaardigheden van informatiemanagers en ICT-coördinatoren versterken, met elkaar en van elkaar."),
        ("Behoeften ophalen",
            "Ophalen wat scholen en besturen nodig hebben en dat bundelen richting leveranciers, sectorraden en partners."),
    ];
}
