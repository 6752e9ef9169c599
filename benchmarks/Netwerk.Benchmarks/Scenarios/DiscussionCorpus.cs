using System.Net;
using Npgsql;
using NpgsqlTypes;

namespace Netwerk.Benchmarks.Scenarios;

/// <summary>Writes years of the network's questions, discussions and needs with their replies straight into the
/// discussions database (binary COPY): <see cref="DutchText"/> with a fixed seed, now and then a product or an
/// abbreviation colleagues name ("ParnasSys", "LVS"), a tenth of the threads in working groups. Each thread carries
/// its replies' text as the service keeps it, so PostgreSQL computes the same search vector the API writes.</summary>
internal static class DiscussionCorpus
{
    private static readonly string[] Products = ["een leerlingvolgsysteem", "ParnasSys", "Magister", "Somtoday", "LVS", "Cito", "Microsoft 365", "Google Workspace", "Chromebooks", "Eduroam"];
    private static readonly string[] Themes = ["governance", "professionalisation", "needs", "privacy", "security", "learning-resources", "data"];
    private static readonly string[] Statuses = ["new", "under-review", "planned", "done", "declined"];

    /// <summary>Loads <paramref name="posts"/> posts: a quarter threads, the rest their replies (0 to 6 each).</summary>
    public static async Task<int> LoadAsync(string connectionString, int posts, IReadOnlyList<Guid> authors, IReadOnlyList<Guid> groups)
    {
        var random = new Random(20261203);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO known_members (member_id, display_name, name_as_of) SELECT id, 'Lid ' || left(id::text, 8), now() FROM unnest(@ids) AS id ON CONFLICT DO NOTHING",
            connection))
        {
            insert.Parameters.AddWithValue("ids", authors.ToArray());
            await insert.ExecuteNonQueryAsync();
        }

        var threadCount = posts / 4;
        var replies = new List<(Guid Id, Guid ThreadId, Guid Author, string Body, DateTimeOffset At)>(posts - threadCount);
        var start = DateTimeOffset.UtcNow.AddYears(-3);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY threads (id, kind, title, body, body_html, tags, theme, group_id, sector, author_id, created_at, last_activity_at, " +
            "accepted_reply_id, reply_count, vote_count, status, status_note, locked, version, replies_text) FROM STDIN (FORMAT BINARY)"))
        {
            var remaining = posts - threadCount;
            for (var i = 0; i < threadCount; i++)
            {
                var created = start.AddMinutes(i * 60.0 * 24 * 365 * 3 / threadCount);
                var id = Guid.CreateVersion7(created);
                var kindRoll = random.Next(100);
                var kind = kindRoll < 60 ? "question" : kindRoll < 85 ? "discussion" : "need";
                var body = Text(random);
                var replyCount = i == threadCount - 1 ? remaining : Math.Min(remaining, random.Next(0, 7));
                remaining -= replyCount;
                var threadReplies = Enumerable.Range(0, replyCount)
                    .Select(r => (Id: Guid.CreateVersion7(created.AddHours(r + 1)), ThreadId: id, Author: DutchText.Pick(random, authors), Body: Text(random),
                        At: created.AddHours(r + 1)))
                    .ToList();
                replies.AddRange(threadReplies);
                Guid? accepted = kind == "question" && replyCount > 0 && random.Next(2) == 0 ? threadReplies[random.Next(replyCount)].Id : null;
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(kind, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Title(random, kind), NpgsqlDbType.Varchar);
                await copy.WriteAsync(body, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Html(body), NpgsqlDbType.Text);
                await copy.WriteAsync(Enumerable.Range(0, random.Next(0, 3)).Select(_ => DutchText.Word(random)).Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(DutchText.Pick(random, Themes), NpgsqlDbType.Varchar);
                if (random.Next(10) == 0) await copy.WriteAsync(DutchText.Pick(random, groups), NpgsqlDbType.Uuid);
                else await copy.WriteNullAsync();
                await copy.WriteAsync(random.Next(2) == 0 ? "po" : "vo", NpgsqlDbType.Varchar);
                await copy.WriteAsync(DutchText.Pick(random, authors), NpgsqlDbType.Uuid);
                await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(replyCount > 0 ? threadReplies[^1].At : created, NpgsqlDbType.TimestampTz);
                if (accepted is { } answer) await copy.WriteAsync(answer, NpgsqlDbType.Uuid);
                else await copy.WriteNullAsync();
                await copy.WriteAsync(replyCount, NpgsqlDbType.Integer);
                await copy.WriteAsync(kind == "need" ? random.Next(0, 40) : random.Next(0, 4), NpgsqlDbType.Integer);
                if (kind == "need") await copy.WriteAsync(DutchText.Pick(random, Statuses), NpgsqlDbType.Varchar);
                else await copy.WriteNullAsync();
                await copy.WriteNullAsync();
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(string.Join("\n\n", threadReplies.Select(r => r.Body)), NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY replies (id, thread_id, author_id, body, body_html, created_at, helpful_count) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var reply in replies)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(reply.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(reply.ThreadId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(reply.Author, NpgsqlDbType.Uuid);
                await copy.WriteAsync(reply.Body, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Html(reply.Body), NpgsqlDbType.Text);
                await copy.WriteAsync(reply.At, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(random.Next(0, 3), NpgsqlDbType.Integer);
            }
            await copy.CompleteAsync();
        }
        // As autovacuum would soon after: statistics for the planner, a visibility map for the scans.
        foreach (var table in new[] { "threads", "replies", "known_members" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
            await vacuum.ExecuteNonQueryAsync();
        }
        return threadCount;
    }

    /// <summary>Makes a member one of these working groups, as membership's GroupMemberJoined would have.</summary>
    public static async Task JoinAsync(string connectionString, Guid member, IEnumerable<Guid> groups)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            "INSERT INTO group_members (member_id, group_id) SELECT @member, id FROM unnest(@groups) AS id ON CONFLICT DO NOTHING", connection);
        insert.Parameters.AddWithValue("member", member);
        insert.Parameters.AddWithValue("groups", groups.ToArray());
        await insert.ExecuteNonQueryAsync();
    }

    private static string Title(Random random, string kind) => kind switch
    {
        "question" => random.Next(3) switch
        {
            0 => $"Hoe regelen jullie {DutchText.Word(random)} bij {DutchText.Word(random)}?",
            1 => $"Ervaringen met {DutchText.Pick(random, Products)} voor {DutchText.Word(random)}?",
            _ => $"Wie heeft een {DutchText.Word(random)} voor {DutchText.Word(random)}?",
        },
        "discussion" => $"{DutchText.Word(random)} en {DutchText.Word(random)}: hoe kijken jullie ertegenaan?",
        _ => $"Een gedeeld {DutchText.Word(random)} voor de {DutchText.Word(random)}",
    };

    /// <summary>A few sentences, one in six naming a product or abbreviation as colleagues write them.</summary>
    private static string Text(Random random)
    {
        var sentences = Enumerable.Range(0, random.Next(2, 6)).Select(_ => DutchText.Sentence(random)).ToList();
        if (random.Next(6) == 0) sentences.Insert(random.Next(sentences.Count), $"Wij gebruiken {DutchText.Pick(random, Products)} voor de {DutchText.Word(random)}.");
        return string.Join(' ', sentences);
    }

    private static string Html(string text) => $"<p>{WebUtility.HtmlEncode(text)}</p>";
}
