using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Netwerk.EndToEnd.Tests.Account;
using Netwerk.Testing;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>Operating the platform in Chromium: an administrator sends a message that a consumer gave up on again
/// once its cause is gone, and finds that in the audit log.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OperationsInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    private const string Endpoint = "notifications-member-approved-copier";
    private const string Blocked = "vastgelopen.example";

    [Fact]
    public async Task An_administrator_sends_a_failed_message_again_and_it_is_consumed_once()
    {
        var notifications = await platform.ConnectionStringAsync("notificationsdb");
        // The cause: notifications' database refuses these addresses, as a wrong migration would until it is fixed.
        await PostgresInstance.ExecuteAsync(notifications,
            $"ALTER TABLE recipients ADD CONSTRAINT blocked_for_browser_test CHECK (email NOT LIKE '%@{Blocked}') NOT VALID");
        var (email, memberId) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.0.71"), domain: Blocked);
        var api = platform.ClientFrom("127.0.0.72");
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTokens.AdministratorAsync(api));
        var parked = await Eventually.ReturnsAsync(() => ParkedAsync(api), messages => messages.Count > 0, TimeSpan.FromMinutes(2));
        var messageId = Assert.Single(parked);
        await PostgresInstance.ExecuteAsync(notifications, "ALTER TABLE recipients DROP CONSTRAINT blocked_for_browser_test");
        Assert.Equal(0L, await RecipientsAsync(notifications, memberId));

        await using var administrator = await WebAppBrowser.OpenAsync(chromium, await platform.IssuerAsync(), output);
        await administrator.SignInAsync("beheer@netwerk.example", "Netwerk-beheer-2026", "/beheer/berichten");
        var section = administrator.Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Meldingen en webhooks" });
        Assert.Contains(Endpoint, await section.InnerTextAsync());
        Assert.Contains("blocked_for_browser_test", await section.InnerTextAsync());
        await administrator.CheckAsync("beheer-berichten");

        await administrator.Button($"Opnieuw versturen: MemberApproved {messageId}").ClickAsync();

        await administrator.ArriveAsync("/beheer/berichten");
        Assert.Contains("De berichten staan weer in de wachtrij van hun dienst.", await administrator.MainTextAsync());
        Assert.Equal(1L, await Eventually.ReturnsAsync(() => RecipientsAsync(notifications, memberId), count => count > 0));
        Assert.Empty(await ParkedAsync(api));

        await administrator.GoAsync("/beheer/logboek?actie=message.redelivered");
        var row = administrator.Page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = Endpoint });
        await Eventually.ReturnsAsync(async () =>
        {
            await administrator.Page.ReloadAsync();
            return await row.CountAsync();
        }, count => count > 0);
        Assert.Contains("Vastgelopen bericht opnieuw verstuurd", await row.First.InnerTextAsync());
        await administrator.CheckAsync("beheer-logboek");
        // The member's approval is in the log too, under the administrator's name.
        await administrator.GoAsync($"/beheer/logboek?soort=member&doel={memberId}");
        Assert.Contains("Aanmelding goedgekeurd", await administrator.MainTextAsync());
        Assert.DoesNotContain(email, await administrator.MainTextAsync());
        await administrator.AssertNoTokenReachedTheBrowser();
    }

    /// <summary>The ids of the messages in the copier's error queue, as the administrator's API lists them.</summary>
    private static async Task<List<string>> ParkedAsync(HttpClient administrator)
    {
        var endpoints = (await administrator.GetFromJsonAsync<JsonElement>("/api/operations/notifications/failed-messages")).GetProperty("endpoints").EnumerateArray();
        return [.. endpoints.Single(e => e.GetProperty("endpoint").GetString() == Endpoint).GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("id").GetString()!)];
    }

    private static Task<long> RecipientsAsync(string database, Guid memberId) =>
        PostgresInstance.QueryScalarAsync<long>(database, $"SELECT count(*) FROM recipients WHERE member_id = '{memberId}'");
}
