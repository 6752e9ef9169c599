namespace Netwerk.Discussions.Demo;

/// <summary>What a newcomer finds under *Vragen* and *Behoeften* in Development: questions (some answered), discussions
/// and needs with votes, network-wide and in each working group, in the words ICT coordinators use ("ParnasSys", "LVS",
/// "coördinator"), so that search and similar threads have something to find.</summary>
internal static class DemoThreads
{
    /// <summary>A reply; <see cref="Accepted"/> marks a question's answer, <see cref="Helpful"/> how many found it so.</summary>
    public sealed record DemoReply(int Author, string Body, bool Accepted = false, int Helpful = 0);

    /// <summary>A thread: <see cref="Group"/> is the index of a working group (by name) or null for the network;
    /// authors are indexes into the demo members (by name); a need has its status, note and voters.</summary>
    public sealed record DemoThread(string Kind, string Title, string Body, int Author, int? Group, string? Theme, string[] Tags, int DaysAgo,
        DemoReply[] Replies, string? Status = null, string? Note = null, int Votes = 0);

    public static readonly IReadOnlyList<DemoThread> All =
    [
        new("question", "Welk leerlingvolgsysteem gebruiken jullie naast ParnasSys?",
            "We werken met ParnasSys als LAS en twijfelen over een apart LVS. Wie heeft ervaring met de koppeling en wat kost het aan handwerk?",
            0, null, "learning-resources", ["lvs", "parnassys"], 12,
            [
                new(1, "Wij gebruiken het LVS dat in ParnasSys zit; de toetsen van Cito lezen we in via de standaardkoppeling. Weinig handwerk.", Accepted: true, Helpful: 3),
                new(4, "Let op de rechten: leerkrachten zagen bij ons eerst alle groepen. Stel de rollen per groep in."),
            ]),
        new("question", "Hoe regelen jullie tweestapsverificatie voor leerkrachten?",
            "Onze ICT-coördinator wil 2FA verplicht maken voor de leerlingadministratie. Hoe hebben jullie de invoering aangepakt?",
            3, null, "security", ["2fa", "beveiliging"], 9,
            [
                new(5, "Wij begonnen met de directie en intern begeleiders, daarna per bouw. Een app op de telefoon, een sleutel voor wie die niet wil gebruiken.", Accepted: true, Helpful: 2),
                new(2, "Maak een korte instructie met schermafbeeldingen; dat scheelde ons veel vragen."),
            ]),
        new("question", "Wie heeft een goed model voor een verwerkingsregister?",
            "We willen ons register van verwerkingen op orde brengen voor de AVG. Heeft iemand een model dat werkt voor een kleine stichting?",
            2, null, "privacy", ["avg", "register"], 4, [new(5, "Het model van de PO-Raad is een goed begin; wij hebben er een kolom bewaartermijn aan toegevoegd.", Helpful: 1)]),
        new("question", "Ervaringen met een dashboard voor het bestuur?",
            "Ons bestuur wil leerlingaantallen en opbrengsten per school in één overzicht. Bouwen jullie dat zelf of koop je het in?",
            1, null, "data", ["dashboard", "bestuur"], 2, []),
        new("discussion", "Chromebooks of laptops in groep 7 en 8?",
            "Wij staan voor een vervangingsronde. Wat zijn jullie ervaringen met beheer, levensduur en de kosten per leerling?",
            4, null, "learning-resources", ["devices"], 6,
            [
                new(0, "Chromebooks: beheer is eenvoudig, maar toetsprogramma's vragen soms een aparte app."),
                new(3, "In het vo kozen wij laptops: meer programma's, maar het beheer kost ons een halve fte."),
            ]),
        new("need", "Een gezamenlijke verwerkersovereenkomst voor digitale leermiddelen",
            "Elke school onderhandelt nu zelf met dezelfde leveranciers. Een model dat het netwerk samen afspreekt scheelt ons allemaal tijd.",
            5, null, "privacy", ["avg", "leveranciers"], 20, [new(2, "Graag! Wij lopen steeds tegen dezelfde subverwerkers aan.")],
            Status: "planned", Note: "De werkgroep Behoeften ophalen werkt in het voorjaar een model uit met twee leveranciers.", Votes: 5),
        new("need", "Training informatiebeveiliging voor schoolleiders",
            "Schoolleiders moeten weten wat een datalek is en wat ze dan doen. Een korte training die het netwerk aanbiedt zou helpen.",
            1, null, "security", ["training"], 15, [], Status: "under-review", Note: "We peilen bij de leden hoe groot de vraag is.", Votes: 4),
        new("need", "Open exportformaat voor het overstapdossier po-vo",
            "Bij de overstap naar het vo typen we nog gegevens over. Een open formaat dat alle pakketten lezen, zou veel handwerk schelen.",
            0, null, "learning-resources", ["osr", "overstap"], 8, [], Votes: 3),
        new("question", "Hoe zetten we informatiemanagement vast op de bestuursagenda?",
            "Ons bestuur bespreekt ICT alleen bij de begroting. Hoe hebben jullie er een vast agendapunt van gemaakt?",
            2, 0, "governance", ["bestuur", "agenda"], 7,
            [new(1, "Wij koppelden het aan de kwartaalrapportage: elk kwartaal een kwartier over de kwaliteit van de gegevens.", Accepted: true, Helpful: 2)]),
        new("discussion", "Welke indicatoren wil een toezichthouder zien?",
            "We maken een voorstel voor de raad van toezicht. Welke drie indicatoren over informatiemanagement zouden jullie kiezen?",
            3, 0, "governance", ["toezicht"], 3, [new(0, "Datalekken per kwartaal, de stand van het verwerkingsregister en de tevredenheid over de systemen.")]),
        new("question", "Intervisie voor informatiemanagers: hoe organiseren jullie dat?",
            "Ik ben de enige informatiemanager op ons bestuur. Wie organiseert intervisie met collega's van andere besturen?",
            4, 1, "professionalisation", ["intervisie"], 5, [new(3, "Wij komen eens per zes weken online bij elkaar met vier besturen uit de regio.", Accepted: true)]),
        new("discussion", "Een leerlijn digitale geletterdheid voor het team",
            "Wat heeft jullie team nodig om zelf verder te kunnen? Wij denken aan korte sessies per bouw.", 0, 1, "professionalisation", ["scholing"], 1, []),
        new("need", "Eén vragenlijst voor de behoeften van alle scholen",
            "Nu vraagt elke werkgroep apart uit. Eén jaarlijkse vragenlijst voor het hele netwerk geeft een vollediger beeld.",
            5, 2, "needs", ["uitvraag"], 10, [], Status: "new", Votes: 2),
        new("question", "Wie heeft de uitvraag over leerlingadministratie al verwerkt?",
            "De resultaten van de uitvraag staan bij de documenten. Wie maakt er een samenvatting van voor de leveranciers?",
            1, 2, "needs", ["uitvraag", "leveranciers"], 2, []),
    ];
}
