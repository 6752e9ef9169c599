using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.Membership.Decisions;
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
        foreach (var (registration, approved) in DemoMembers.All)
        {
            var member = NewRegistration.Add(db, users, registration, clock.Now());
            // Members confirmed their address; of the waiting registrations the first did, the others not yet, so an
            // administrator sees both in the list.
            member.EmailConfirmed = approved || pending++ == 0;
            await db.SaveChangesAsync();
            if (approved) await MemberDecisions.ApproveAsync(db, users, member, clock.Now(), CancellationToken.None);
        }
        app.Logger.LogInformation("Demo data: {Count} members from several schools (password {Password})",
            DemoMembers.All.Count, DemoMembers.Password);
    }
}
