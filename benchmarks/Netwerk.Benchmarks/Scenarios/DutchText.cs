using System.Text;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Dutch text about school information management for the benchmarks' corpora, drawn from a fixed vocabulary
/// by the caller's seeded <see cref="Random"/>, so every run searches the same words.</summary>
internal static class DutchText
{
    /// <summary>Dutch compounds as school documents are full of: ~1,400 words from first and second parts, drawn by a
    /// Zipf distribution as words in real texts are (a few very common, most rare).</summary>
    private static readonly string[] FirstParts =
    [
        "leerling", "school", "informatie", "data", "privacy", "ouder", "toets", "rooster", "personeel", "bestuur", "kwaliteit", "onderwijs",
        "leermiddel", "licentie", "netwerk", "wachtwoord", "account", "zorg", "verzuim", "formatie", "budget", "inkoop", "contract", "leverancier",
        "locatie", "klas", "groep", "mentor", "directie", "team", "examen", "overstap", "rapport", "cijfer", "dossier", "beveiliging", "incident",
        "risico", "audit", "toegang",
    ];
    private static readonly string[] SecondParts =
    [
        "beleid", "plan", "systeem", "overleg", "dossier", "administratie", "register", "rapportage", "protocol", "afspraken", "gegevens",
        "beheer", "analyse", "koppeling", "planning", "evaluatie", "procedure", "overzicht", "handleiding", "checklist", "model", "regeling",
        "verslag", "begroting", "monitor", "portaal", "kalender", "inventaris", "training", "advies", "vragen", "wensen", "eisen", "keuze",
        "rechten",
    ];
    private static readonly string[] Vocabulary = [.. FirstParts.SelectMany(first => SecondParts.Select(second => first + second)), .. FirstParts];
    private static readonly double[] ZipfCumulative = Zipf(Vocabulary.Length, exponent: 1.05);
    private static readonly string[] Subjects =
    [
        "privacy", "informatiebeveiliging", "verwerkersovereenkomst", "datalek", "leermiddelen", "jaarplanning", "opbrengsten",
        "tweestapsverificatie", "bewaartermijnen", "overstapdossier", "passend onderwijs", "cloudopslag", "chromebooks", "wifi",
    ];
    private static readonly string[] Verbs =
    [
        "beschrijft", "regelt", "verbetert", "controleert", "bespreekt", "evalueert", "vastlegt", "ondersteunt", "meet", "deelt",
        "beveiligt", "koppelt", "bewaart", "verwijdert", "plant", "organiseert", "rapporteert", "adviseert over", "toetst", "verantwoordt",
    ];
    private static readonly string[] Connectives = ["De school", "Het bestuur", "Het team", "De informatiemanager", "De ICT-coördinator", "Elke locatie"];

    public static string Body(Random random)
    {
        var text = new StringBuilder();
        var sentences = random.Next(6, 16);
        for (var i = 0; i < sentences; i++) text.Append(Sentence(random)).Append(' ');
        return text.ToString();
    }

    /// <summary>Mostly words of the Zipf vocabulary; now and then one of the subjects the network talks about.</summary>
    public static string Sentence(Random random) =>
        $"{Pick(random, Connectives)} {Pick(random, Verbs)} {Word(random)} voor {Word(random)} en {(random.Next(8) == 0 ? Pick(random, Subjects) : Word(random))}.";

    public static string Word(Random random)
    {
        var index = Array.BinarySearch(ZipfCumulative, random.NextDouble());
        return Vocabulary[Math.Min(index < 0 ? ~index : index, Vocabulary.Length - 1)];
    }

    private static double[] Zipf(int count, double exponent)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1 / Math.Pow(rank, exponent)).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++) cumulative[i] = sum += weights[i] / total;
        return cumulative;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
