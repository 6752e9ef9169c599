using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Members;
using Netwerk.Messaging;

namespace Netwerk.Membership.Data;

public sealed class MembershipDbContext(DbContextOptions<MembershipDbContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembershipDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
