using System.Collections.Concurrent;
using System.Diagnostics;
using static Netwerk.Membership.Tests.Account.AccountSteps;

namespace Netwerk.Membership.Tests.Account;

/// <summary>The secret of an account link is a credential: it may be in the mail and nowhere else the platform
/// writes, neither in a log line nor in a trace attribute (the traces leave for the dashboard).</summary>
public sealed class LinksStayInTheMailboxTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>, IDisposable
{
    private readonly AccountSteps _steps = new(fixture);
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = _ => true,
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    [Fact]
    public async Task No_log_line_or_trace_attribute_holds_a_links_secret()
    {
        _listener.ActivityStopped = _activities.Enqueue;
        ActivitySource.AddActivityListener(_listener);

        var email = await _steps.RegisterAsync();
        var confirm = await _steps.LinkMailedToAsync(email, "Bevestig je e-mailadres");
        await fixture.NewBrowser().SubmitAsync(Relative(confirm), new Dictionary<string, string>());
        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var reset = await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord");
        await fixture.NewBrowser().SubmitAsync(Relative(reset), new Dictionary<string, string> { ["password"] = "Nieuw-en-geheim-123", ["repeat"] = "Nieuw-en-geheim-123" });
        var secrets = new[] { SecretOf(confirm), SecretOf(reset) };

        var requests = _activities.Where(a => a.GetTagItem("url.path") is "/account/wachtwoord-herstellen").ToList();
        Assert.NotEmpty(requests);
        var traced = _activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}")
            .Concat([a.DisplayName, a.OperationName])
            .Concat(a.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")))).ToList();
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(traced, value => value.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
        Assert.Contains(traced, value => value == "url.query=?code=Redacted");
    }

    public void Dispose() => _listener.Dispose();
}
