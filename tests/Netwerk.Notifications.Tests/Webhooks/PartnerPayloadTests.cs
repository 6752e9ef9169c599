using System.Text.Json;
using Netwerk.Contracts.Discussions;
using Netwerk.Contracts.Documents;
using Netwerk.Contracts.Events;
using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

/// <summary>What partners may know (EVENTS.md): names and e-mail only with consent, public documents only, counts
/// without names.</summary>
public sealed class PartnerPayloadTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task An_approved_member_reaches_partners_with_name_and_email_only_when_they_consented()
    {
        await fixture.SubscribeAsync("crm", fixture.Receiver.Url("/members"), "member.approved", "member.left");
        var consenting = Approved(consent: true);
        var private_ = Approved(consent: false);

        await fixture.PublishAsync(consenting);
        await fixture.PublishAsync(private_);
        var received = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.At("/members")), r => r.Count >= 2);

        var data = received.Select(r => r.Data()).ToDictionary(d => d.GetProperty("memberId").GetGuid());
        Assert.Equal("Sanne Bakker", data[consenting.MemberId].GetProperty("displayName").GetString());
        Assert.Equal(consenting.Email, data[consenting.MemberId].GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, data[private_.MemberId].GetProperty("displayName").ValueKind);
        Assert.Equal(JsonValueKind.Null, data[private_.MemberId].GetProperty("email").ValueKind);
        Assert.Equal("Het Baken", data[private_.MemberId].GetProperty("organisationName").GetString());
    }

    [Fact]
    public async Task A_member_who_leaves_is_announced_by_id_and_their_name_leaves_stored_messages()
    {
        var url = fixture.Receiver.On("/leaving", (_, _) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((500, null)));
        await fixture.SubscribeAsync("crm-2", url, "member.approved", "member.left");
        var member = Approved(consent: true);
        await fixture.PublishAsync(member);
        await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.At("/leaving")), r => r.Count > 0);

        await fixture.PublishAsync(new MemberErased(Guid.NewGuid(), DateTimeOffset.UtcNow, member.MemberId));

        var left = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.At("/leaving").Where(r => r.Type() == "member.left").ToList()),
            r => r.Count > 0);
        Assert.Equal([$"{{\"memberId\":\"{member.MemberId}\"}}"], left.Select(r => r.Data().GetRawText()).Distinct());
        var stored = await Eventually.ReturnsAsync(
            () => fixture.CountAsync($"SELECT count(*) FROM webhook_messages WHERE body LIKE '%{member.Email}%'"), count => count == 0);
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task Partners_hear_of_public_documents_only_and_of_a_document_leaving_the_public()
    {
        await fixture.SubscribeAsync("library", fixture.Receiver.Url("/documents"), "document.published", "document.updated", "document.deleted");
        var open = Document("public");
        var members = Document("members");

        await fixture.PublishAsync(new DocumentPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, open));
        await fixture.PublishAsync(new DocumentPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, members));
        await fixture.PublishAsync(new DocumentUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, open with { Visibility = "members" }, "public"));
        await fixture.PublishAsync(new DocumentUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow, members with { Title = "Nog steeds intern" }, "members"));

        var aboutOpen = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/documents", open.Id)), r => r.Count >= 2);
        await Task.Delay(500);
        // Order across events is not promised (EVENTS.md): the two deliveries may arrive either way round.
        Assert.Equal(["document.deleted", "document.published"], aboutOpen.Select(r => r.Type()).Order());
        Assert.Empty(fixture.Receiver.About("/documents", members.Id));
        var published = aboutOpen.Single(r => r.Type() == "document.published");
        Assert.Equal(["id", "title", "tags", "theme", "url"], published.Data().EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Registration_changes_reach_partners_as_counts_without_names()
    {
        await fixture.SubscribeAsync("counter", fixture.Receiver.Url("/counts"), "event.registrations.changed");
        var eventId = Guid.NewGuid();

        await fixture.PublishAsync(new RegistrationConfirmed(Guid.NewGuid(), DateTimeOffset.UtcNow, eventId, "Congres", Guid.NewGuid(), new RegistrationCounts(2, 1, 0)));
        await fixture.PublishAsync(new RegistrationWaitlisted(Guid.NewGuid(), DateTimeOffset.UtcNow, eventId, "Congres", Guid.NewGuid(), 1, new RegistrationCounts(2, 2, 1)));

        var received = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/counts", eventId)), r => r.Count >= 2);
        Assert.Equal([1, 2], received.Select(r => r.Data().GetProperty("confirmedCount").GetInt32()).Order());
        Assert.All(received, r => Assert.Equal(["eventId", "capacity", "confirmedCount", "waitlistCount"], r.Data().EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Partners_hear_of_network_wide_needs_and_answered_questions_with_the_authors_name_only_by_consent()
    {
        await fixture.SubscribeAsync("needs-watcher", fixture.Receiver.Url("/needs"), "need.created", "need.status-changed", "question.answered");
        var shared = Thread("need", null, "Bram Vos");
        var anonymous = Thread("need", null, null);
        var ofGroup = Thread("need", Guid.NewGuid(), "Bram Vos");
        var question = Thread("question", null, null);
        var groupQuestion = Thread("question", Guid.NewGuid(), null);

        foreach (var need in new[] { shared, anonymous, ofGroup }) await fixture.PublishAsync(new ThreadStarted(Guid.NewGuid(), DateTimeOffset.UtcNow, need));
        await fixture.PublishAsync(new NeedStatusChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, shared with { Status = "planned" }, "planned",
            "In maart.", 7, [Guid.NewGuid()]));
        foreach (var asked in new[] { question, groupQuestion })
        {
            await fixture.PublishAsync(new AnswerAccepted(Guid.NewGuid(), DateTimeOffset.UtcNow, asked, Guid.NewGuid(), Guid.NewGuid(), [Guid.NewGuid()]));
        }

        var aboutShared = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/needs", shared.Id)), r => r.Count >= 2);
        var answered = Assert.Single(await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/needs", question.Id)), r => r.Count >= 1));
        var unnamed = Assert.Single(await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/needs", anonymous.Id)), r => r.Count >= 1));
        Assert.Equal(["need.created", "need.status-changed"], aboutShared.Select(r => r.Type()).Order());
        Assert.All(aboutShared, r => Assert.Equal("Bram Vos", r.Data().GetProperty("authorName").GetString()));
        var step = aboutShared.Single(r => r.Type() == "need.status-changed").Data();
        Assert.Equal(("planned", "In maart.", 7, "vo"), (step.GetProperty("status").GetString(), step.GetProperty("note").GetString(),
            step.GetProperty("voteCount").GetInt32(), step.GetProperty("sector").GetString()));
        Assert.Equal(JsonValueKind.Null, unnamed.Data().GetProperty("authorName").ValueKind);
        Assert.DoesNotContain(unnamed.Data().EnumerateObject(), p => p.Name is "authorId" or "memberId");
        Assert.Equal("question.answered", answered.Type());
        Assert.Equal(["threadId", "title", "theme", "tags", "url"], answered.Data().EnumerateObject().Select(p => p.Name));
        Assert.Empty(fixture.Receiver.About("/needs", ofGroup.Id));
        Assert.Empty(fixture.Receiver.About("/needs", groupQuestion.Id));
    }

    private static ThreadDetails Thread(string kind, Guid? groupId, string? partnerName)
    {
        var id = Guid.NewGuid();
        return new ThreadDetails(id, kind, "Een model verwerkersovereenkomst", ["avg"], "privacy", groupId, Guid.NewGuid(), kind == "need" ? "new" : null, 0,
            $"/vragen/{id}", "vo", partnerName);
    }

    private static MemberApproved Approved(bool consent)
    {
        var id = Guid.NewGuid();
        return new MemberApproved(Guid.NewGuid(), DateTimeOffset.UtcNow, id, "Sanne Bakker", $"sanne.{id:N}@hetbaken.example", "Het Baken", "12AB",
            "po", "Noord", consent);
    }

    private static DocumentDetails Document(string visibility)
    {
        var id = Guid.NewGuid();
        return new DocumentDetails(id, "Privacyreglement 2027", ["avg"], "privacy", visibility, null, Guid.NewGuid(), 1, $"http://netwerk.test/api/documents/{id}");
    }
}
