using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Writes documents' metadata and text straight into the documents database (binary COPY), the way years of
/// sharing would have left it: Dutch texts about school information management, drawn from a fixed vocabulary with a
/// fixed seed, so every run searches the same corpus. PostgreSQL computes each search vector as the rows go in.</summary>
internal static class SearchCorpus
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
    private static readonly string[] Themes = ["governance", "professionalisation", "needs", "privacy", "security", "learning-resources", "data"];
    private static readonly string[] Kinds = ["Handreiking", "Notitie", "Checklist", "Beleid", "Verslag", "Presentatie", "Stappenplan", "Model"];

    public static async Task LoadAsync(string connectionString, int count, IReadOnlyList<Guid> authors, IReadOnlyList<Guid> groups)
    {
        var random = new Random(20261125);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO authors (member_id, display_name, name_as_of) SELECT id, 'Auteur ' || left(id::text, 8), now() FROM unnest(@ids) AS id ON CONFLICT DO NOTHING",
            connection))
        {
            insert.Parameters.AddWithValue("ids", authors.ToArray());
            await insert.ExecuteNonQueryAsync();
        }
        var documents = new List<(Guid Id, DateTimeOffset Created)>(count);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY documents (id, title, description, tags, tags_text, theme, visibility, group_id, author_id, current_version, content_text, " +
            "download_count, revision, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            var start = DateTimeOffset.UtcNow.AddYears(-5);
            for (var i = 0; i < count; i++)
            {
                var created = start.AddMinutes(i * 26.0);
                var id = Guid.CreateVersion7(created);
                var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Word(random)).Distinct().ToArray();
                var visibilityRoll = random.Next(100);
                var visibility = visibilityRoll < 70 ? "public" : visibilityRoll < 95 ? "members" : "group";
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"{Pick(random, Kinds)} {Word(random)} en {Word(random)}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(Sentence(random), NpgsqlDbType.Varchar);
                await copy.WriteAsync(tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(string.Join(' ', tags), NpgsqlDbType.Text);
                await copy.WriteAsync(Pick(random, Themes), NpgsqlDbType.Varchar);
                await copy.WriteAsync(visibility, NpgsqlDbType.Varchar);
                if (visibility == "group") await copy.WriteAsync(Pick(random, groups), NpgsqlDbType.Uuid);
                else await copy.WriteNullAsync();
                await copy.WriteAsync(Pick(random, authors), NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(Body(random), NpgsqlDbType.Text);
                await copy.WriteAsync(0L, NpgsqlDbType.Bigint);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                documents.Add((id, created));
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY document_versions (document_id, number, blob_hash, size, content_type, file_name, uploaded_at, extraction_state) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, created) in documents)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(Convert.ToHexStringLower(SHA256.HashData(id.ToByteArray())), NpgsqlDbType.Char);
                await copy.WriteAsync(4096L, NpgsqlDbType.Bigint);
                await copy.WriteAsync("application/pdf", NpgsqlDbType.Varchar);
                await copy.WriteAsync("document.pdf", NpgsqlDbType.Varchar);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("done", NpgsqlDbType.Varchar);
            }
            await copy.CompleteAsync();
        }
        // As autovacuum would soon after: statistics for the planner, a visibility map for the scans.
        foreach (var table in new[] { "documents", "document_versions" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private static string Body(Random random)
    {
        var text = new StringBuilder();
        var sentences = random.Next(6, 16);
        for (var i = 0; i < sentences; i++) text.Append(Sentence(random)).Append(' ');
        return text.ToString();
    }

    /// <summary>Mostly words of the Zipf vocabulary; now and then one of the subjects the network talks about.</summary>
    private static string Sentence(Random random) =>
        $"{Pick(random, Connectives)} {Pick(random, Verbs)} {Word(random)} voor {Word(random)} en {(random.Next(8) == 0 ? Pick(random, Subjects) : Word(random))}.";

    private static string Word(Random random)
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

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
