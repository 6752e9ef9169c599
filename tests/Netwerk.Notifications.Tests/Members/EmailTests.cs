using System.Net;
using MimeKit;
using Netwerk.Contracts.Documents;
using Netwerk.Contracts.Groups;
using Netwerk.Contracts.Members;
using Netwerk.Notifications.Email;
using Netwerk.Notifications.Preferences;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Members;

/// <summary>Mail received over SMTP by a real listener. Each test has a service of its own: the digest test moves
/// the clock a day on.</summary>
public sealed class EmailTests : OwnService
{
    [Fact]
    public async Task An_approved_member_is_welcomed_by_mail_in_dutch_with_text_html_and_a_working_unsubscribe_link()
    {
        var approved = Approved();
        await Fixture.PublishAsync(approved);

        var mail = Assert.Single(await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Mail.To(approved.Email)), m => m.Count > 0));
        Assert.Equal("Welkom bij Netwerk", mail.Subject);
        Assert.Contains("Hallo Fatima el Amrani", mail.TextBody);
        Assert.Contains("Je aanmelding is goedgekeurd", mail.HtmlBody);
        Assert.Contains("lang=\"nl\"", mail.HtmlBody);
        var unsubscribe = mail.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("http://netwerk.test/api/notifications/unsubscribe?", unsubscribe);

        var path = new Uri(unsubscribe).PathAndQuery;
        using var page = await Fixture.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(1, await Fixture.CountAsync($"SELECT count(*) FROM recipients WHERE member_id = '{approved.MemberId}'"));
        Assert.Equal(0, await Fixture.CountAsync($"SELECT count(*) FROM notification_preferences WHERE member_id = '{approved.MemberId}'"));

        using var tampered = await Fixture.Anonymous().PostAsync(path.Replace(approved.MemberId.ToString(), Guid.NewGuid().ToString()), null);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);

        using var confirmed = await Fixture.Anonymous().PostAsync(path, null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(1, await Fixture.CountAsync(
            $"SELECT count(*) FROM notification_preferences WHERE member_id = '{approved.MemberId}' AND category = 'membership' AND email = 'Off'"));
    }

    [Fact]
    public async Task A_daily_digest_gathers_the_days_notices_into_one_mail_at_seven()
    {
        var approved = Approved();
        var group = Guid.NewGuid();
        await Fixture.PublishAsync(approved);
        await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Mail.To(approved.Email)), m => m.Count > 0); // the welcome, instant

        await Fixture.PublishAsync(new GroupCreated(Guid.NewGuid(), DateTimeOffset.UtcNow, group, "Informatiebeveiliging", "Over beveiliging"));
        // Two consumers, no order between them: the welcome names the group only once its copy is there.
        await Eventually.ReturnsAsync(() => Fixture.CountAsync($"SELECT count(*) FROM working_groups WHERE id = '{group}'"), n => n == 1);
        await Fixture.PublishAsync(new GroupMemberJoined(Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(1), group, approved.MemberId));
        await Eventually.ReturnsAsync(() => Fixture.CountAsync($"SELECT count(*) FROM pending_emails WHERE member_id = '{approved.MemberId}' AND category = 'groups'"), n => n == 1);
        await Fixture.PublishAsync(new DocumentPublished(Guid.NewGuid(), DateTimeOffset.UtcNow, new DocumentDetails(Guid.NewGuid(),
            "Checklist wachtwoordbeleid", [], null, "group", group, Guid.NewGuid(), 1, "http://netwerk.test/api/documents/x")));
        await Eventually.ReturnsAsync(() => Fixture.CountAsync($"SELECT count(*) FROM pending_emails WHERE member_id = '{approved.MemberId}' AND category = 'documents'"), n => n == 1);
        await Task.Delay(500);
        Assert.Single(Fixture.Mail.To(approved.Email)); // nothing before the digest hour

        Fixture.Clock.Advance(TimeSpan.FromDays(1));
        var mails = await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Mail.To(approved.Email)), m => m.Count > 1);

        var digest = mails[1];
        Assert.Equal(2, mails.Count);
        Assert.Equal("Je overzicht van Netwerk: 2 nieuwe meldingen", digest.Subject);
        Assert.Contains("Welkom in Informatiebeveiliging", digest.TextBody);
        Assert.Contains("Checklist wachtwoordbeleid", digest.TextBody);
        Assert.Contains("Geen e-mail meer over documenten?", digest.TextBody);
        Assert.Contains("Geen e-mail meer over werkgroepen?", digest.TextBody);
    }

    [Theory]
    [InlineData("2026-11-25T10:00:00Z", EmailCadence.Daily, "2026-11-26T06:00:00Z")]   // winter: 07:00 CET
    [InlineData("2026-11-25T05:00:00Z", EmailCadence.Daily, "2026-11-25T06:00:00Z")]   // before seven: today
    [InlineData("2026-07-01T10:00:00Z", EmailCadence.Daily, "2026-07-02T05:00:00Z")]   // summer: 07:00 CEST
    [InlineData("2026-11-25T10:00:00Z", EmailCadence.Weekly, "2026-11-30T06:00:00Z")]  // Wednesday → Monday
    [InlineData("2026-03-28T10:00:00Z", EmailCadence.Daily, "2026-03-29T05:00:00Z")]   // the night clocks go forward
    [InlineData("2026-11-25T10:00:00Z", EmailCadence.Instant, "2026-11-25T10:00:00Z")]
    public void Digests_are_due_at_seven_on_the_networks_wall_clock(string now, EmailCadence cadence, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due), DigestSchedule.DueAt(cadence, DateTimeOffset.Parse(now), new EmailOptions()));

    private static MemberApproved Approved()
    {
        var id = Guid.NewGuid();
        return new MemberApproved(Guid.NewGuid(), DateTimeOffset.UtcNow, id, "Fatima el Amrani", $"fatima.{id:N}@dewaai.example", "De Waai", null, "vo", null, false);
    }
}
