using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;
using Netwerk.EndToEnd.Tests.Account;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>Asking the network for help in Chromium through the gateway: a similar question appears while the title is
/// typed (no reload), another member answers, the asker accepts it and the answerer's open inbox shows it arrive; a need
/// is voted on and moved to planned by a moderator while its voter's inbox is open; a member writes to a colleague from
/// the colleague's page; a member asks about an event from its page and the question is shown there.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DiscussionsInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task A_member_asks_in_a_working_group_sees_a_similar_question_while_typing_and_the_answerer_sees_the_accepted_answer_arrive()
    {
        var issuer = await platform.IssuerAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (askerEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.1"));
        var (answererEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.2"));
        var earlier = $"Welk leerlingvolgsysteem gebruiken jullie {marker}?";
        await PlatformCalls.SendAsync(platform, HttpMethod.Post, "/api/discussions", await DemoTokens.MemberAsync(platform.Gateway),
            new { kind = "question", title = earlier, body = "Wij twijfelen tussen twee pakketten." });
        var group = (await PlatformCalls.SendAsync(platform, HttpMethod.Get, "/api/groups", await DemoTokens.AdministratorAsync(platform.Gateway)))[0];
        var groupPath = $"/werkgroepen/{group.GetProperty("id").GetGuid()}";
        var groupName = group.GetProperty("name").GetString()!;

        await using var asker = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await using var answerer = await WebAppBrowser.OpenAsync(chromium, issuer, output, width: 390, height: 844);
        await answerer.SignInAsync(answererEmail, NewMembers.Password, groupPath);
        await answerer.Button($"Lid worden: {groupName}").ClickAsync();
        await answerer.Button($"Verlaten: {groupName}").WaitForAsync();
        await asker.SignInAsync(askerEmail, NewMembers.Password, groupPath);
        await asker.Button($"Lid worden: {groupName}").ClickAsync();
        await asker.Link("Stel een vraag in deze werkgroep").ClickAsync();
        await asker.ArriveAsync("/vragen/nieuw");
        Assert.Equal($"Werkgroep {groupName}", await asker.Page.GetByLabel("Waar").Locator("option:checked").InnerTextAsync());
        await asker.Page.GetByLabel("Titel").PressSequentiallyAsync($"Ervaringen met een volgsysteem {marker}");
        var offered = asker.Page.Locator("#vergelijkbaar").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = earlier });
        await offered.WaitForAsync();
        await asker.CheckAsync("vraag-stellen");
        await asker.Page.GetByLabel("Toelichting").FillAsync("Wij zoeken een **leerlingvolgsysteem** dat met ParnasSys koppelt.");
        await asker.Button("Plaatsen").ClickAsync();
        await asker.Page.WaitForSelectorAsync("text=Je bericht is geplaatst");
        var threadPath = new Uri(asker.Page.Url).AbsolutePath;
        Assert.Contains($"Werkgroep {groupName}, alleen voor haar leden", await asker.MainTextAsync());
        await asker.CheckAsync("vraag");

        await answerer.GoAsync(threadPath);
        await answerer.Page.GetByLabel("Je reactie").FillAsync("Wij gebruiken het volgsysteem van ParnasSys zelf, prima te koppelen.");
        await answerer.Button("Reageren").ClickAsync();
        await answerer.Page.WaitForSelectorAsync("text=Je reactie is geplaatst");
        await answerer.CheckAsync("vraag-beantwoord");
        await answerer.GoAsync("/meldingen");
        var arrived = answerer.Page.Locator("#meldingen-lijst > li").Filter(new() { HasText = "Je antwoord is geaccepteerd" });
        Assert.Equal(0, await arrived.CountAsync());

        await asker.GoAsync(threadPath);
        await asker.Button("Dit is het antwoord").ClickAsync();
        await asker.Page.WaitForSelectorAsync("text=Het antwoord is gekozen");

        await arrived.WaitForAsync();
        Assert.Equal(1, await arrived.CountAsync());
        Assert.Contains("Geaccepteerd antwoord", await asker.MainTextAsync());
        await asker.GoAsync("/vragen");
        await asker.CheckAsync("vragen");
        await asker.GoAsync("/behoeften");
        await asker.CheckAsync("behoeften");
    }

    [Fact]
    public async Task A_need_is_voted_on_moved_to_planned_by_a_moderator_and_its_voter_is_told_without_reloading()
    {
        var issuer = await platform.IssuerAsync();
        var title = $"Een gedeelde DPIA voor het vo {Guid.NewGuid().ToString("N")[..8]}";
        var (voterEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.3"));
        var created = await PlatformCalls.SendAsync(platform, HttpMethod.Post, "/api/discussions", await DemoTokens.MemberAsync(platform.Gateway),
            new { kind = "need", title, body = "Elke school schrijft nu haar eigen DPIA.", theme = "privacy" });
        var needPath = "/vragen/" + created.GetProperty("id").GetString();

        await using var voter = await WebAppBrowser.OpenAsync(chromium, issuer, output, width: 390, height: 844);
        await using var moderator = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await voter.SignInAsync(voterEmail, NewMembers.Password, needPath);
        await voter.Button("Dit wil ik ook").ClickAsync();
        await voter.Page.WaitForSelectorAsync("text=Je stem telt mee.");
        await voter.GoAsync("/meldingen");
        var told = voter.Page.Locator("#meldingen-lijst > li").Filter(new() { HasText = $"Behoefte \"{title}\": gepland" });
        Assert.Equal(0, await told.CountAsync());

        await moderator.SignInAsync("beheer@netwerk.example", "Netwerk-beheer-2026", needPath);
        await moderator.Page.GetByLabel("Nieuwe stap").SelectOptionAsync("planned");
        await moderator.Page.GetByLabel("Toelichting voor de leden").FillAsync("De werkgroep maakt een model in het voorjaar.");
        await moderator.Button("Stap opslaan").ClickAsync();
        await moderator.Page.WaitForSelectorAsync("text=De stap is opgeslagen");
        Assert.Contains("De werkgroep maakt een model in het voorjaar.", await moderator.MainTextAsync());

        await told.WaitForAsync();
        Assert.Equal(1, await told.CountAsync());
        await voter.GoAsync("/behoeften");
        Assert.Contains(title, await voter.MainTextAsync());
        await voter.CheckAsync("behoeften-overzicht");
    }

    [Fact]
    public async Task A_member_writes_to_a_colleague_from_the_colleagues_page_and_the_colleague_reads_it_under_berichten()
    {
        var issuer = await platform.IssuerAsync();
        var subject = $"Jullie AVG-register {Guid.NewGuid().ToString("N")[..8]}";
        var (senderEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.4"));
        var (colleagueEmail, colleagueId) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.5"));

        await using var sender = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await using var colleague = await WebAppBrowser.OpenAsync(chromium, issuer, output, width: 390, height: 844);
        await sender.SignInAsync(senderEmail, NewMembers.Password, $"/leden/{colleagueId}");
        await sender.Link("Stuur een bericht").ClickAsync();
        await sender.ArriveAsync("/berichten/nieuw");
        await sender.CheckAsync("bericht-sturen");
        await sender.Page.GetByLabel("Onderwerp").FillAsync(subject);
        await sender.Page.GetByLabel("Je bericht").FillAsync("Mag ik jullie register eens zien?\nWij beginnen net.");
        await sender.Button("Versturen").ClickAsync();
        await sender.Page.WaitForSelectorAsync("text=Je bericht is verstuurd.");
        Assert.Contains("Mag ik jullie register eens zien?", await sender.MainTextAsync());

        await colleague.SignInAsync(colleagueEmail, NewMembers.Password, "/berichten");
        var listed = colleague.Page.Locator("main li").Filter(new() { HasText = subject });
        Assert.Contains("1 ongelezen", await listed.InnerTextAsync());
        await colleague.CheckAsync("berichten");
        await listed.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = subject }).ClickAsync();
        Assert.Contains("Wij beginnen net.", await colleague.MainTextAsync());
        await colleague.CheckAsync("gesprek");
        await colleague.Page.GetByLabel("Je bericht").FillAsync("Natuurlijk, ik stuur het je.");
        await colleague.Button("Versturen").ClickAsync();
        await colleague.Page.WaitForSelectorAsync("text=Je bericht is verstuurd.");
        await colleague.GoAsync("/berichten");
        Assert.DoesNotContain("ongelezen", await colleague.Page.Locator("main li").Filter(new() { HasText = subject }).InnerTextAsync());
    }

    [Fact]
    public async Task A_member_asks_about_an_event_from_its_page_and_the_question_links_back_and_is_listed_there()
    {
        var issuer = await platform.IssuerAsync();
        var title = $"Is er parkeerruimte bij het congres {Guid.NewGuid().ToString("N")[..8]}?";
        var (memberEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.6"));
        var events = (await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/events?limit=100")).GetProperty("items").EnumerateArray();
        var congress = events.First(e => e.GetProperty("title").GetString()!.StartsWith("Congres OnderwijsInzicht"));
        var eventId = congress.GetProperty("id").GetGuid();
        await DiscussionsKnowAsync(eventId);

        await using var member = await WebAppBrowser.OpenAsync(chromium, issuer, output, width: 390, height: 844);
        await member.SignInAsync(memberEmail, NewMembers.Password, $"/bijeenkomsten/{eventId}");
        Assert.Contains("Vragen over deze bijeenkomst", await member.MainTextAsync());
        await member.Link("Stel een vraag over deze bijeenkomst").ClickAsync();
        await member.ArriveAsync("/vragen/nieuw");
        Assert.True(await member.Page.GetByLabel($"Deze vraag gaat over de bijeenkomst ‘{congress.GetProperty("title").GetString()}’").IsCheckedAsync());
        await member.Page.GetByLabel("Titel").FillAsync(title);
        await member.Page.GetByLabel("Toelichting").FillAsync("Wij komen met de auto uit Zwolle.");
        await member.Button("Plaatsen").ClickAsync();
        await member.Page.WaitForSelectorAsync("text=Je bericht is geplaatst");
        Assert.Contains("Over de bijeenkomst", await member.MainTextAsync());

        await member.Link(congress.GetProperty("title").GetString()!).ClickAsync();
        await member.ArriveAsync($"/bijeenkomsten/{eventId}");
        await member.Link(title).WaitForAsync();
        await member.CheckAsync("bijeenkomst-met-vragen");
    }

    /// <summary>The discussions service hears of events through the broker; a question that is too short (refused for
    /// its title, so nothing is written) says whether it knows the event yet.</summary>
    private async Task DiscussionsKnowAsync(Guid eventId)
    {
        var token = await DemoTokens.MemberAsync(platform.Gateway);
        await Eventually.ReturnsAsync(async () =>
        {
            using var probe = new HttpRequestMessage(HttpMethod.Post, "/api/discussions")
            {
                Content = JsonContent.Create(new { kind = "question", title = "?", body = "?", eventIds = new[] { eventId } }),
            };
            probe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var refused = await platform.Gateway.SendAsync(probe);
            return (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }, errors => errors.TryGetProperty("title", out _) && !errors.TryGetProperty("eventIds", out _));
    }
}
