using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Inbox;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Data;
using Npgsql;

namespace Netwerk.Platform.Tests.Messaging;

/// <summary>The dispatcher is woken by commits that stored events, and by no others: a wake-up on every commit made
/// the dispatcher wake itself with its own commit, a loop that kept a core busy in every idle service.</summary>
public sealed class OutboxWakeUpTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private readonly OutboxSignal _signal = new();

    [Fact]
    public async Task A_commit_without_events_does_not_wake_the_dispatcher()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Slice.MembershipDatabase);
        await using var db = Context(dataSource);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Set<InboxMessage>().Add(Handled());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        db.Set<InboxMessage>().Add(Handled());
        await db.SaveChangesAsync();

        Assert.False(await WokenAsync());
    }

    [Fact]
    public async Task Events_wake_the_dispatcher_when_their_transaction_commits_not_before()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Slice.MembershipDatabase);
        await using var db = Context(dataSource);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AddIntegrationEvent(Registered());
            await db.SaveChangesAsync();
            Assert.False(await WokenAsync(), "the event is not visible before the commit");
            await transaction.CommitAsync();
        }
        Assert.True(await WokenAsync());

        db.AddIntegrationEvent(Registered());
        await db.SaveChangesAsync();
        Assert.True(await WokenAsync(), "a SaveChanges of its own commits at once");
    }

    private MembershipDbContext Context(NpgsqlDataSource dataSource)
    {
        var options = new DbContextOptionsBuilder<MembershipDbContext>();
        options.UseServiceConventions(dataSource).AddInterceptors(new OutboxWakeUpInterceptor(_signal));
        return new MembershipDbContext(options.Options);
    }

    private Task<bool> WokenAsync() => _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

    private static InboxMessage Handled() => new() { EventId = Guid.NewGuid(), Consumer = "test", ProcessedAt = DateTimeOffset.UtcNow };

    private static MemberRegistered Registered() =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), "Sanne Bakker", "CBS De Regenboog", null, "po");
}
