namespace Netwerk.Events.Demo;

/// <summary>The meetings a newcomer finds in Development (Dutch: members read them). Each falls on the first given
/// weekday at least <c>DaysAhead</c> days after the first start; times are Amsterdam wall-clock times.</summary>
internal static class DemoEvents
{
    public sealed record DemoEvent(string Title, string Description, int DaysAhead, DayOfWeek Weekday, TimeOnly Starts, TimeOnly Ends,
        string? Location, string? OnlineUrl, int? Capacity, string? GroupName, int Registrants);

    public const string WebinarGroup = "Professionalisering";

    public static readonly IReadOnlyList<DemoEvent> All =
    [
        new("Congres OnderwijsInzicht 2027",
            """
            Het jaarlijkse congres over **informatiemanagement in het funderend onderwijs**. Met een plenaire opening over
            datagedreven werken, deelsessies over privacy, leermiddelenketen en informatiebeveiliging, en volop tijd om
            collega's van andere scholen en besturen te ontmoeten.

            - Ochtend: plenaire opening en twee rondes deelsessies
            - Middag: werkplaatsen per ambitie van het netwerk
            - Afsluiting met een netwerkborrel
            """,
            DaysAhead: 45, DayOfWeek.Thursday, new TimeOnly(9, 30), new TimeOnly(16, 30), "Jaarbeurs, Jaarbeursplein 6, Utrecht", null,
            Capacity: 250, GroupName: null, Registrants: 5),
        new("Regiobijeenkomst Noord",
            """
            Informatiemanagers en ICT-coördinatoren uit Groningen, Friesland en Drenthe wisselen ervaringen uit. Thema:
            **het informatiebeveiligingsplan in de praktijk** — wat werkt, wat niet, en hoe krijg je het bestuur mee?
            """,
            DaysAhead: 14, DayOfWeek.Tuesday, new TimeOnly(15, 0), new TimeOnly(17, 30), "Zernike College, Groningen", null, Capacity: 30,
            GroupName: null, Registrants: 2),
        new("Regiobijeenkomst Zuid",
            """
            Bijeenkomst voor de regio's Brabant en Limburg over **het ophalen van behoeften bij scholen**: welke vragen
            leven er, en hoe bundelen we die richting leveranciers?
            """,
            DaysAhead: 21, DayOfWeek.Wednesday, new TimeOnly(15, 0), new TimeOnly(17, 30), "Stichting Onderwijs Midden-Limburg, Roermond", null,
            Capacity: 25, GroupName: null, Registrants: 0),
        new("Webinar: de informatiemanager als professional",
            """
            Online sessie van de werkgroep *Professionalisering*: welke kennis en vaardigheden vraagt het vak, en welke
            opleidingen en intervisie helpen daarbij? Met ruimte voor vragen.
            """,
            DaysAhead: 10, DayOfWeek.Monday, new TimeOnly(15, 30), new TimeOnly(16, 30), null, "https://meet.netwerk.example/professionalisering",
            Capacity: null, GroupName: WebinarGroup, Registrants: 3),
    ];
}
