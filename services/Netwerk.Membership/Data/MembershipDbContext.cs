using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Account.Links;
using Netwerk.Membership.Groups;
using Netwerk.Membership.Members;
using Netwerk.Messaging;

namespace Netwerk.Membership.Data;

public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options)
    : IdentityDbContext<Member, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<WorkingGroup> Groups => Set<WorkingGroup>();
    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();
    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembershipDbContext).Assembly);
        modelBuilder.NameIdentityTables();
        modelBuilder.UseOpenIddict<Guid>();
        modelBuilder.AddOutboxAndInbox();
    }
}
