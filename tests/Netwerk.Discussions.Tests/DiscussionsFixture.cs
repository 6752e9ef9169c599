using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Groups;
using Netwerk.Contracts.Members;
using Netwerk.Discussions.Data;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>The discussions service for one test class, on its own database and broker, against the real servers.</summary>
public sealed class DiscussionsFixture() : ServiceFixture<DiscussionsDbContext>("discussions")
{
    /// <summary>Starts a thread as <paramref name="author"/>; fails the test when the service refuses it.</summary>
    public static async Task<JsonElement> StartAsync(HttpClient author, string kind, string title, string body, Guid? groupId = null,
        string[]? tags = null, string? theme = null)
    {
        using var response = await author.PostAsJsonAsync("/api/discussions", new { kind, title, body, groupId, tags, theme });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"starting a thread failed: {created}");
        return created;
    }

    /// <summary>A working group as membership announces it, with <paramref name="members"/> in it, once this service has
    /// its copies.</summary>
    public async Task<Guid> GroupAsync(params Guid[] members)
    {
        var groupId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await PublishAsync(new GroupCreated(Guid.NewGuid(), now, groupId, $"Werkgroep {groupId:N}"[..20], "Een werkgroep."));
        foreach (var member in members) await PublishAsync(new GroupMemberJoined(Guid.NewGuid(), now, groupId, member));
        await Eventually.ReturnsAsync(() => CountAsync($"SELECT count(*) FROM group_members WHERE group_id = '{groupId}'"), count => count == members.Length);
        await Eventually.ReturnsAsync(() => CountAsync($"SELECT count(*) FROM known_groups WHERE id = '{groupId}'"), count => count == 1);
        return groupId;
    }

    /// <summary>The payloads of the events of <paramref name="eventType"/> in the outbox that match <paramref name="where"/>
    /// (SQL over `payload`), oldest first.</summary>
    public async Task<List<JsonElement>> OutboxAsync(string eventType, string where = "true")
    {
        var json = await PostgresInstance.QueryScalarAsync<object>(DatabaseConnectionString,
            $"SELECT coalesce(json_agg(payload ORDER BY occurred_at), '[]')::text FROM outbox_messages WHERE event_type LIKE '%.{eventType},%' AND ({where})");
        return [.. JsonDocument.Parse((string)json).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>A member as membership approves them at <paramref name="approvedAt"/>, once this service knows.</summary>
    public async Task ApproveAsync(Guid memberId, string displayName, DateTimeOffset approvedAt, bool inDirectory = false, bool sharesWithPartners = false,
        string sector = "po")
    {
        await PublishAsync(new MemberApproved(Guid.NewGuid(), approvedAt, memberId, displayName, $"{memberId:N}@school.example", "De Regenboog", "12AB",
            sector, "Utrecht", sharesWithPartners, inDirectory));
        await Eventually.ReturnsAsync(() => CountAsync($"SELECT count(*) FROM approvals WHERE member_id = '{memberId}'"), count => count == 1);
        await Eventually.ReturnsAsync(() => CountAsync($"SELECT count(*) FROM member_profiles WHERE member_id = '{memberId}'"), count => count == 1);
    }

    /// <summary>A member approved a month ago (past the new members' limits) who consented to the directory.</summary>
    public async Task<HttpClient> InDirectoryAsync(Guid memberId, string displayName, string sector = "po")
    {
        await ApproveAsync(memberId, displayName, DateTimeOffset.UtcNow.AddDays(-30), inDirectory: true, sector: sector);
        return AsMember(memberId, displayName);
    }

    /// <summary>Replies as <paramref name="author"/>; fails the test when the service refuses it.</summary>
    public static async Task<Guid> ReplyAsync(HttpClient author, Guid threadId, string body)
    {
        using var response = await author.PostAsJsonAsync($"/api/discussions/{threadId}/replies", new { body });
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"replying failed: {created}");
        return created.Id();
    }

    public static async Task<List<string>> TitlesAsync(HttpClient reader, string query)
    {
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/discussions" + query);
        return [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()!)];
    }
}
