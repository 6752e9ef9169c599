namespace Netwerk.Notifications.Tests;

/// <summary>Base of the test classes whose every test needs a notifications service of its own: they move its clock,
/// or start and stop its replicas.</summary>
public abstract class OwnService : IAsyncLifetime
{
    protected NotificationsFixture Fixture { get; } = new();

    public Task InitializeAsync() => Fixture.InitializeAsync();

    public Task DisposeAsync() => Fixture.DisposeAsync();
}
