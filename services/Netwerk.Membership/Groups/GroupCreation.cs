using Netwerk.Contracts.Groups;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Membership.Groups;

internal static class GroupCreation
{
    /// <summary>Adds a group and its `GroupCreated` event to the context, to be saved together.</summary>
    public static WorkingGroup Add(MembershipDbContext db, string name, string description, bool isAmbition, DateTimeOffset now)
    {
        var group = new WorkingGroup { Id = Guid.CreateVersion7(now), Name = name, Description = description, IsAmbition = isAmbition, CreatedAt = now };
        db.Groups.Add(group);
        db.AddIntegrationEvent(new GroupCreated(Guid.CreateVersion7(now), now, group.Id, group.Name, group.Description));
        return group;
    }

    /// <summary>The three ambitions exist in every environment; created on the first start.</summary>
    public static async Task SeedAmbitionsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().Now();
        var existing = db.Groups.Select(g => g.Name).ToHashSet();
        foreach (var (name, description) in Ambitions.All.Where(a => !existing.Contains(a.Name)))
        {
            Add(db, name, description, isAmbition: true, now);
        }
        await db.SaveChangesAsync();
    }
}
