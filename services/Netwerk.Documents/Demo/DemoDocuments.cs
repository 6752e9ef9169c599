namespace Netwerk.Documents.Demo;

/// <summary>Documents a newcomer finds in Development: real texts (Dutch, members read them) across the themes, so
/// that search has something to find. Each is a Markdown file, stored and extracted like any upload.</summary>
internal static class DemoDocuments
{
    public sealed record DemoDocument(string Title, string Description, string[] Tags, string Theme, string Visibility, string FileName, string Text);

    public static readonly IReadOnlyList<DemoDocument> All =
    [
        new("Afspraken over informatiebeveiliging op scholen",
            "Voorbeeld van een set afspraken voor medewerkers, vastgesteld door een schoolbestuur.", ["beleid", "afspraken"], "security", "public",
            "afspraken-informatiebeveiliging.md",
            """
            # Afspraken over informatiebeveiliging

            Deze afspraken gelden voor alle medewerkers van onze scholen. Ze helpen ons om zorgvuldig om te gaan met de
            gegevens van leerlingen, ouders en collega's.

            1. Je vergrendelt je laptop als je wegloopt, ook in de klas.
            2. Je deelt leerlinggegevens alleen via de systemen die de school daarvoor heeft afgesproken.
            3. Je gebruikt tweestapsverificatie voor het leerlingadministratiesysteem.
            4. Een datalek of vermoeden daarvan meld je binnen 24 uur bij de privacyfunctionaris.

            De afspraken worden elk schooljaar besproken in het team en waar nodig aangepast.
            """),
        new("Informatiemanagement op de bestuursagenda: een startnotitie",
            "Hoe zet je informatiemanagement structureel op de agenda van het bestuur? Een notitie voor bestuurders en toezichthouders.",
            ["bestuur", "strategie"], "governance", "public", "startnotitie-bestuursagenda.md",
            """
            # Informatiemanagement op de bestuursagenda

            Besturen nemen elke dag besluiten op basis van informatie: over leerlingaantallen, opbrengsten, personeel en
            financiën. Toch staat informatiemanagement zelden als vast onderwerp op de agenda. Deze notitie beschrijft
            drie stappen: een gedeeld beeld van de informatiebehoefte, heldere eigenaarschap per gegevensbron, en een
            jaarlijkse evaluatie van de kwaliteit van de gegevens waarop het bestuur stuurt.
            """),
        new("Competentieprofiel informatiemanager primair en voortgezet onderwijs",
            "Kennis, vaardigheden en houding die het vak vraagt, als basis voor opleiding en intervisie.", ["competenties", "functieprofiel"],
            "professionalisation", "members", "competentieprofiel-informatiemanager.md",
            """
            # Competentieprofiel informatiemanager

            De informatiemanager verbindt onderwijs, organisatie en techniek. Kerncompetenties zijn: analyseren van
            informatiebehoeften, adviseren van schoolleiding en bestuur, regisseren van leveranciers, en borgen van
            privacy en informatiebeveiliging. Intervisie met collega's van andere scholen helpt om het vak te blijven
            ontwikkelen.
            """),
        new("Uitvraag behoeften leerlingadministratie 2027",
            "Resultaten van de uitvraag onder scholen: wat moet een leerlingadministratiesysteem de komende jaren kunnen?",
            ["leveranciers", "uitvraag"], "needs", "public", "uitvraag-behoeften-2027.csv",
            """
            behoefte,aantal scholen,prioriteit
            Koppeling met het leerlingvolgsysteem zonder handwerk,42,hoog
            Overstapdossier digitaal naar het voortgezet onderwijs,37,hoog
            Rechten per rol eenvoudig in te stellen,29,middel
            Exports in open formaten,18,middel
            """),
        new("Verwerkersovereenkomst: waar let je op?",
            "Checklist voor het afsluiten van een verwerkersovereenkomst met een leverancier van digitale leermiddelen.",
            ["avg", "verwerkersovereenkomst", "checklist"], "privacy", "public", "checklist-verwerkersovereenkomst.md",
            """
            # Checklist verwerkersovereenkomst

            - Gebruik het model van het Privacyconvenant Onderwijs.
            - Controleer welke persoonsgegevens de leverancier verwerkt en waarom.
            - Leg vast waar de gegevens worden opgeslagen en hoe lang.
            - Spreek af hoe en binnen welke termijn een datalek wordt gemeld.
            - Bewaar de overeenkomst op een vaste plek, zodat collega's haar kunnen vinden.
            """),
        new("Leermiddelenketen: van bestelling tot inlog",
            "Uitleg over de keten van leermiddelen en de afspraken tussen scholen, distributeurs en uitgevers.",
            ["leermiddelen", "keten"], "learning-resources", "members", "leermiddelenketen.md",
            """
            # De leermiddelenketen

            Een leerling die inlogt op een digitaal leermiddel, zit aan het eind van een keten: de school bestelt bij een
            distributeur, de uitgever levert de licentie, en het leerlingadministratiesysteem levert de gegevens voor de
            koppeling. Afspraken over gegevensuitwisseling voorkomen dat scholen handmatig accounts moeten aanmaken.
            """),
        new("Werken met data in de jaarplanning",
            "Hoe teams opbrengsten en tevredenheidsgegevens gebruiken bij het maken van de jaarplanning.",
            ["opbrengsten", "jaarplanning"], "data", "public", "datagedreven-jaarplanning.md",
            """
            # Datagedreven werken in de jaarplanning

            Scholen die hun jaarplanning baseren op eigen gegevens, maken betere keuzes. Begin klein: kies twee vragen
            die het team echt wil beantwoorden, verzamel de gegevens die daarbij horen en bespreek de uitkomsten in een
            studiedag. Afspraken over wie welke gegevens beheert voorkomen discussie achteraf.
            """),
    ];
}
