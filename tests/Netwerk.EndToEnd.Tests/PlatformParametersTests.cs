using Aspire.Hosting;
using Netwerk.AppHost;

namespace Netwerk.EndToEnd.Tests;

/// <summary>The AppHost's parameters as an operator sets them: configuration wins, Development's defaults fill in.</summary>
public sealed class PlatformParametersTests
{
    [Fact]
    public async Task In_Development_a_configured_value_wins_and_the_default_fills_in_only_what_is_not_given()
    {
        var builder = DistributedApplication.CreateBuilder(["--environment", "Development", "--Parameters:admin-email", "ict@obs-delinde.example"]);

        var parameters = new PlatformParameters(builder);
        var email = parameters.Add("admin-email", "beheer@netwerk.example");
        var password = parameters.Add("admin-password", "Netwerk-beheer-2026", secret: true);

        Assert.Equal("ict@obs-delinde.example", await email.Resource.GetValueAsync(CancellationToken.None));
        Assert.Equal("Netwerk-beheer-2026", await password.Resource.GetValueAsync(CancellationToken.None));
    }
}
