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
        new("Jaarverslag informatiemanagement voor de raad van toezicht",
            "Format voor een jaarlijkse rapportage over informatiemanagement aan de raad van toezicht.", ["toezicht", "rapportage"], "governance",
            "members", "format-jaarverslag.md",
            """
            # Jaarverslag informatiemanagement

            Het jaarverslag geeft de raad van toezicht in vier hoofdstukken zicht op informatiemanagement: de stand van
            zaken van de systemen en koppelingen, de incidenten en datalekken van het afgelopen jaar, de voortgang van
            het informatiebeveiligingsplan en de keuzes voor het komende jaar. Houd het kort: de raad wil weten waar de
            risico's zitten en welke besluiten nodig zijn.
            """),
        new("Intervisie voor ICT-coördinatoren: een opzet in vijf bijeenkomsten",
            "Opzet voor een intervisiegroep van ICT-coördinatoren van verschillende scholen.", ["intervisie", "ict-coördinator"],
            "professionalisation", "public", "intervisie-opzet.md",
            """
            # Intervisie in vijf bijeenkomsten

            Vier tot zes ICT-coördinatoren van verschillende scholen komen vijf keer per jaar bij elkaar. Elke bijeenkomst
            brengt één deelnemer een vraag uit de eigen praktijk in, bijvoorbeeld over het beheer van chromebooks, de
            samenwerking met de leverancier of het meekrijgen van het team. De groep stelt vragen, deelt ervaringen en
            sluit af met een concrete stap.
            """),
        new("Verslag behoeftepeiling digitale toetsing",
            "Wat scholen nodig hebben bij digitale toetsing, opgehaald tijdens drie regiobijeenkomsten.", ["toetsing", "behoeftepeiling"], "needs",
            "public", "behoeftepeiling-digitale-toetsing.md",
            """
            # Behoeftepeiling digitale toetsing

            Tijdens drie regiobijeenkomsten vroegen we scholen wat zij nodig hebben bij digitale toetsing. De meest
            genoemde wensen: een stabiel netwerk in de toetsweken, eenvoudige koppeling van resultaten met het
            leerlingvolgsysteem, en duidelijke afspraken met leveranciers over storingen. Deze behoeften nemen we mee in
            het overleg met de sectorraden.
            """),
        new("Privacyverklaring voor ouders: voorbeeldtekst",
            "Voorbeeld van een begrijpelijke privacyverklaring voor ouders van leerlingen in het primair onderwijs.", ["avg", "ouders"],
            "privacy", "public", "privacyverklaring-ouders.md",
            """
            # Privacyverklaring voor ouders

            Onze school verwerkt gegevens van uw kind om goed onderwijs te kunnen geven: naam, adres, gegevens over de
            ontwikkeling en, als dat nodig is, over de ondersteuning. We delen die gegevens alleen met organisaties
            waarmee we daarover afspraken hebben gemaakt. U mag altijd inzien welke gegevens we van uw kind hebben en
            vragen om onjuiste gegevens te verbeteren.
            """),
        new("Stappenplan bij een datalek",
            "Wat te doen in de eerste 72 uur na het ontdekken van een (mogelijk) datalek.", ["datalek", "stappenplan"], "security", "public",
            "stappenplan-datalek.md",
            """
            # Stappenplan datalek

            1. Meld het vermoeden direct bij de privacyfunctionaris.
            2. Beperk de schade: trek toegang in, wijzig wachtwoorden, vraag verkeerd verzonden e-mail terug.
            3. Stel vast welke gegevens van wie betrokken zijn.
            4. Meld binnen 72 uur bij de Autoriteit Persoonsgegevens als er een risico is voor betrokkenen.
            5. Informeer de betrokkenen als het risico hoog is, en leg alles vast in het register van datalekken.
            """),
        new("Overstap van leerlingen naar het voortgezet onderwijs: gegevens en afspraken",
            "Welke gegevens gaan mee bij de overstap, via welk systeem, en wie is waarvoor verantwoordelijk.", ["overstapdossier", "po-vo"],
            "learning-resources", "public", "overstap-po-vo.md",
            """
            # Overstap po-vo

            Bij de overstap naar het voortgezet onderwijs stuurt de basisschool het onderwijskundig rapport digitaal via
            het overstapdossier. Spreek in de regio af welke gegevens daarin staan, wanneer ze worden verstuurd en hoe de
            school voor voortgezet onderwijs vragen kan stellen. Ouders krijgen het rapport altijd eerst te zien.
            """),
        new("Dashboard leerlingaantallen: hoe lees je het?",
            "Toelichting bij het dashboard met leerlingaantallen en prognoses voor schoolleiders.", ["dashboard", "prognoses"], "data", "members",
            "toelichting-dashboard.md",
            """
            # Het dashboard leerlingaantallen

            Het dashboard toont per school het aantal leerlingen op 1 oktober van de afgelopen vijf jaar en een prognose
            voor de komende vijf. De prognose gebruikt de geboortecijfers in de wijk en de instroom van eerdere jaren.
            Een afwijking van meer dan vijf procent is reden om met de directie te kijken naar formatie en huisvesting.
            """),
    ];
}
