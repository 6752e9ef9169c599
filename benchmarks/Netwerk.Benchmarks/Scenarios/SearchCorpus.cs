using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Writes documents' metadata and text straight into the documents database (binary COPY), the way years of
/// sharing would have left it: <see cref="DutchText"/> with a fixed seed, so every run searches the same corpus. PostgreSQL computes each search vector as the rows go in.</summary>
internal static class SearchCorpus
{
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
                var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => DutchText.Word(random)).Distinct().ToArray();
                var visibilityRoll = random.Next(100);
                var visibility = visibilityRoll < 70 ? "public" : visibilityRoll < 95 ? "members" : "group";
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"{DutchText.Pick(random, Kinds)} {DutchText.Word(random)} en {DutchText.Word(random)}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(DutchText.Sentence(random), NpgsqlDbType.Varchar);
                await copy.WriteAsync(tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(string.Join(' ', tags), NpgsqlDbType.Text);
                await copy.WriteAsync(DutchText.Pick(random, Themes), NpgsqlDbType.Varchar);
                await copy.WriteAsync(visibility, NpgsqlDbType.Varchar);
                if (visibility == "group") await copy.WriteAsync(DutchText.Pick(random, groups), NpgsqlDbType.Uuid);
                else await copy.WriteNullAsync();
                await copy.WriteAsync(DutchText.Pick(random, authors), NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(DutchText.Body(random), NpgsqlDbType.Text);
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
}
