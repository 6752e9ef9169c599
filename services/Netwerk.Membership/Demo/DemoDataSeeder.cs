using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.Membership.Decisions;
using Netwerk.Membership.Groups;
using Netwerk.Membership.Members;
using Netwerk.Membership.Registrations;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Membership.Demo;

/// <summary>In Development, a newcomer's first start shows a living network: members from several schools, and
/// two registrations waiting for the administrator. They go through the same registration and approval as real
/// ones, so their events reach the other services too. Runs once: it stops when demo members exist.</summary>
internal static class DemoDataSeeder
{
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !app.Configuration.GetValue("Seed:DemoData", true)) return;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Members.AnyAsync(m => m.Email!.EndsWith("@" + DemoMembers.EmailDomain))) return;

        var pending = 0;
        var ambitions = await db.Groups.Where(g => g.IsAmbition).OrderBy(g => g.Name).Select(g => g.Id).ToListAsync();
        var approvedCount = 0;
        foreach (var (registration, approved) in DemoMembers.All)
        {
            var member = NewRegistration.Add(db, users, registration, clock.Now());
            // Members confirmed their address; of the waiting registrations the first did, the others not yet, so an
            // administrator sees both in the list.
            member.EmailConfirmed = approved || pending++ == 0;
            await db.SaveChangesAsync();
            if (!approved) continue;
            await MemberDecisions.ApproveAsync(db, users, member, clock.Now(), CancellationToken.None);
            // Each member works in two of the three ambitions, so every group has people, documents and news.
            foreach (var group in ambitions.Where((_, index) => index != approvedCount % Math.Max(1, ambitions.Count)))
            {
                GroupJoining.Add(db, group, member.Id, clock.Now());
            }
            await db.SaveChangesAsync();
            approvedCount++;
        }
        app.Logger.LogInformation("Demo data: {Count} members from several schools (password {Password})",
            DemoMembers.All.Count, DemoMembers.Password);
    }
}
