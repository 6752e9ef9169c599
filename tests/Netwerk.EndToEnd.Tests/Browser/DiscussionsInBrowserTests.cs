using Netwerk.EndToEnd.Tests.Account;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>Asking the network for help in Chromium through the gateway: a similar question appears while the title is
/// typed (no reload), another member answers, the asker accepts it and the answerer's open inbox shows it arrive.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DiscussionsInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task A_member_asks_sees_a_similar_question_while_typing_and_the_answerer_sees_the_accepted_answer_arrive()
    {
        var issuer = await platform.IssuerAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var (askerEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.1"));
        var (answererEmail, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.33.2"));
        var earlier = $"Welk leerlingvolgsysteem gebruiken jullie {marker}?";
        await PlatformCalls.SendAsync(platform, HttpMethod.Post, "/api/discussions", await DemoTokens.MemberAsync(platform.Gateway),
            new { kind = "question", title = earlier, body = "Wij twijfelen tussen twee pakketten." });

        await using var asker = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await using var answerer = await WebAppBrowser.OpenAsync(chromium, issuer, output, width: 390, height: 844);
        await asker.SignInAsync(askerEmail, NewMembers.Password, "/vragen");
        await asker.CheckAsync("vragen");
        await asker.Link("Stel een vraag").First.ClickAsync();
        await asker.ArriveAsync("/vragen/nieuw");
        await asker.Page.GetByLabel("Titel").PressSequentiallyAsync($"Ervaringen met een volgsysteem {marker}");
        var offered = asker.Page.Locator("#vergelijkbaar").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = earlier });
        await offered.WaitForAsync();
        await asker.CheckAsync("vraag-stellen");
        await asker.Page.GetByLabel("Toelichting").FillAsync("Wij zoeken een **leerlingvolgsysteem** dat met ParnasSys koppelt.");
        await asker.Button("Plaatsen").ClickAsync();
        await asker.Page.WaitForSelectorAsync("text=Je bericht is geplaatst");
        var threadPath = new Uri(asker.Page.Url).AbsolutePath;
        await asker.CheckAsync("vraag");

        await answerer.SignInAsync(answererEmail, NewMembers.Password, threadPath);
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
        await asker.GoAsync("/behoeften");
        await asker.CheckAsync("behoeften");
    }
}
